//! A response body sent one byte at a time, for [`crate::Fault::Trickle`].
//!
//! A client's read timeout fires only when nothing arrives for a while; a server that sends a
//! byte every few seconds never trips it and can keep a sync busy for hours. This body is that
//! server, so a client's deadline for a whole operation can be tested. The length is announced
//! (`Content-Length`), so the client cannot tell it from a healthy but slow answer.

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::task::{ready, Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use hyper::body::{Body, Frame, SizeHint};
use tokio::time::{Instant, Sleep};

/// The rest of a body and when its next byte is due.
#[derive(Debug)]
pub(crate) struct Trickle {
    rest: Bytes,
    every: Duration,
    due: Pin<Box<Sleep>>,
}

impl Trickle {
    /// `bytes`, one byte every `every` (the first after one interval).
    pub(crate) fn new(bytes: Bytes, every: Duration) -> Self {
        Self {
            rest: bytes,
            every,
            due: Box::pin(tokio::time::sleep(every)),
        }
    }
}

impl Body for Trickle {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        let this = self.get_mut();
        if this.rest.is_empty() {
            return Poll::Ready(None);
        }
        ready!(this.due.as_mut().poll(cx));
        let byte = this.rest.split_to(1);
        this.due.as_mut().reset(Instant::now() + this.every);
        Poll::Ready(Some(Ok(Frame::data(byte))))
    }

    fn is_end_stream(&self) -> bool {
        self.rest.is_empty()
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(u64::try_from(self.rest.len()).unwrap_or(u64::MAX))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body_util::BodyExt;

    #[tokio::test]
    async fn sends_one_byte_per_interval() {
        let every = Duration::from_millis(30);
        let mut body = Trickle::new(Bytes::from_static(b"abc"), every);
        assert_eq!(
            body.size_hint().exact(),
            Some(3),
            "the length is announced, like a healthy answer"
        );
        let started = Instant::now();
        let mut received = Vec::new();
        while let Some(frame) = body.frame().await {
            let data = frame
                .expect("infallible")
                .into_data()
                .expect("a data frame");
            assert_eq!(data.len(), 1, "one byte per frame");
            received.extend_from_slice(&data);
        }
        assert_eq!(received, b"abc", "every byte arrives, in order");
        assert!(
            started.elapsed() >= every * 3,
            "three bytes {every:?} apart take at least three intervals, took {:?}",
            started.elapsed()
        );
    }
}
