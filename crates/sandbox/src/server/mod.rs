//! The HTTP/1.1 server loop: accepts loopback connections and hands each request to the fault
//! layer in [`dispatch`] around the route table, until told to stop.

mod dispatch;
pub(crate) mod reply;
pub(crate) mod request;
mod trickle;

use std::convert::Infallible;

use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::state::Shared;

/// Serves `listener` until `stop` changes or its sender is dropped; open connections are cut then.
pub(crate) async fn run(listener: TcpListener, shared: Shared, mut stop: watch::Receiver<bool>) {
    let router = crate::routes::router(shared.clone());
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(error) => {
                    tracing::warn!(%error, "sandbox could not accept a connection");
                    continue;
                }
            },
            _ = stop.changed() => break,
        };
        let shared = shared.clone();
        let router = router.clone();
        let mut stop = stop.clone();
        tokio::spawn(async move {
            let service = service_fn(move |request| {
                let (shared, router) = (shared.clone(), router.clone());
                async move { Ok::<_, Infallible>(dispatch::serve(shared, router, request).await) }
            });
            let connection = http1::Builder::new().serve_connection(TokioIo::new(stream), service);
            tokio::select! {
                result = connection => {
                    if let Err(error) = result {
                        tracing::debug!(%error, "sandbox connection ended with an error");
                    }
                }
                _ = stop.changed() => {}
            }
        });
    }
}
