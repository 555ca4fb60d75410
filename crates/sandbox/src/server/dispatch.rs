//! The fault layer around the router: one request's way through the sandbox. Count it, wait the
//! latency, apply a queued fault or route it (axum picks the handler), reshape the body for the
//! active formats and the fault, write the bytes, and log the outcome.
//!
//! Handlers answer with a [`Reply`] carried in the response's extensions rather than bytes, so
//! this layer alone puts bodies on the wire and faults such as a truncated body stay exact.

use std::time::Instant;

use bytes::Bytes;
use http_body_util::{BodyExt, Either, Full};
use hyper::body::Incoming;
use hyper::header::{HeaderValue, CONTENT_TYPE, LOCATION, RETRY_AFTER};
use hyper::{Request, Response, StatusCode, Uri};
use tower::ServiceExt;

use super::reply::Reply;
use super::trickle::Trickle;
use crate::distort;
use crate::fault::{Endpoint, Fault};
use crate::log::LoggedRequest;
use crate::routes;
use crate::state::Shared;

/// A whole body at once, or one byte at a time for [`Fault::Trickle`].
pub(crate) type Body = Either<Full<Bytes>, Trickle>;

/// Logs the request when dropped, so one whose client went away is logged too (status 0).
struct LogOnDrop {
    shared: Shared,
    entry: Option<LoggedRequest>,
}

impl Drop for LogOnDrop {
    fn drop(&mut self) {
        if let Some(mut entry) = self.entry.take() {
            entry.finished = Instant::now();
            self.shared.lock().log.finished(entry);
        }
    }
}

fn header(request: &Request<Incoming>, name: &str) -> Option<String> {
    let value = request.headers().get(name)?;
    value.to_str().ok().map(str::to_owned)
}

/// The answer of a fault that replaces the normal one, in the endpoint's error envelope.
fn fault_reply(fault: &Fault, endpoint: Option<Endpoint>) -> Reply {
    if endpoint.is_some_and(Endpoint::is_v2) {
        return routes::v2::fault_reply(fault);
    }
    match fault {
        Fault::Status401 => Reply::error(401, 401, "Authorization is not provided"),
        // What a rights problem says is not documented [guess]; the token problem's text is.
        Fault::Status403 => Reply::error(
            403,
            403,
            "You are not allowed to access this resource with this API credential",
        ),
        Fault::Status403Token => Reply::error(403, 403, "Provided authorization is not valid"),
        Fault::RateLimited { retry_after } => {
            let reply = Reply::error(429, 429, "Too Many Requests");
            match retry_after {
                Some(seconds) => reply.with_header(RETRY_AFTER.as_str(), seconds.to_string()),
                None => reply,
            }
        }
        Fault::Redirect { status, location } => {
            Reply::error(*status, *status, format!("Moved to {location}"))
                .with_header(LOCATION.as_str(), location.clone())
        }
        _ => Reply::error(500, 0, "Es ist ein Problem aufgetreten "),
    }
}

/// Answers one request through `router`; never fails (errors are answers too).
pub(crate) async fn serve(
    shared: Shared,
    router: axum::Router,
    request: Request<Incoming>,
) -> Response<Body> {
    let started = Instant::now();
    let path = request.uri().path().to_owned();
    let endpoint = routes::classify(&path);
    let mut guard = LogOnDrop {
        shared: shared.clone(),
        entry: Some(LoggedRequest {
            method: request.method().to_string(),
            path: request
                .uri()
                .path_and_query()
                .map_or_else(|| path.clone(), |p| p.as_str().to_owned()),
            endpoint,
            status: 0,
            partner_id: header(&request, "x-personio-partner-id"),
            app_id: header(&request, "x-personio-app-id"),
            started,
            finished: started,
        }),
    };
    let (latency, fault) = {
        let mut state = shared.lock();
        state.log.arrived(endpoint);
        (state.latency, endpoint.and_then(|e| state.faults.next(e)))
    };
    tokio::time::sleep(latency).await;
    if let Some(Fault::Delay(delay)) = &fault {
        tokio::time::sleep(*delay).await;
    }
    let reply = match &fault {
        Some(fault) if fault.replaces_answer() => {
            // Read the body all the same, as a server that answers after reading would.
            let _ = request.into_body().collect().await;
            fault_reply(fault, endpoint)
        }
        _ => route(router, request).await,
    };
    let formats = shared.lock().formats.clone();
    let response = finish(reply, fault.as_ref(), &formats, endpoint);
    if let Some(entry) = guard.entry.as_mut() {
        entry.status = response.status().as_u16();
    }
    tracing::debug!(
        status = response.status().as_u16(),
        ?endpoint,
        "sandbox answered"
    );
    response
}

/// The handler's [`Reply`] for `request`, its path trimmed of outer slashes first
/// (`/v1/company/employees/` is the employees endpoint, as it is counted).
async fn route(router: axum::Router, mut request: Request<Incoming>) -> Reply {
    let trimmed = format!("/{}", request.uri().path().trim_matches('/'));
    if trimmed != request.uri().path() {
        let rebuilt = match request.uri().query() {
            Some(query) => format!("{trimmed}?{query}"),
            None => trimmed,
        };
        if let Ok(uri) = rebuilt.parse::<Uri>() {
            *request.uri_mut() = uri;
        }
    }
    let response = match router.oneshot(request).await {
        Ok(response) => response,
        Err(never) => match never {},
    };
    let status = response.status();
    response
        .extensions()
        .get::<Reply>()
        .cloned()
        .unwrap_or_else(|| {
            Reply::error(
                status.as_u16().max(500),
                500,
                format!("The sandbox router answered {status} without a reply"),
            )
        })
}

/// Applies body-changing faults and formats, then serializes.
fn finish(
    mut reply: Reply,
    fault: Option<&Fault>,
    formats: &crate::config::Formats,
    endpoint: Option<Endpoint>,
) -> Response<Body> {
    if reply.status == 200 || reply.status == 201 {
        match fault {
            Some(Fault::WrongTypes) => distort::wrong_types(&mut reply.body),
            Some(Fault::NextLinkToEmptyPage) => distort::claim_extra_page(&mut reply.body),
            Some(Fault::MissingAttribute(name)) => distort::drop_attribute(&mut reply.body, name),
            Some(Fault::EmptyData) => distort::drop_items(&mut reply.body, usize::MAX),
            Some(Fault::DropItems(count)) => distort::drop_items(&mut reply.body, *count),
            Some(Fault::MissingData) => distort::drop_data(&mut reply.body),
            _ => {}
        }
    }
    if formats.paging_as_strings && endpoint.is_some() {
        distort::paging_as_strings(&mut reply.body);
    }
    let mut bytes = if reply.status == 204 {
        Vec::new()
    } else {
        serde_json::to_vec(&reply.body).unwrap_or_default()
    };
    if fault == Some(&Fault::TruncatedBody) {
        bytes.truncate(bytes.len() / 2);
    }
    let status = StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let bytes = Bytes::from(bytes);
    let body = match fault {
        Some(Fault::Trickle(every)) => Either::Right(Trickle::new(bytes, *every)),
        _ => Either::Left(Full::new(bytes)),
    };
    let mut response = Response::new(body);
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    for (name, value) in reply.headers {
        if let Ok(value) = HeaderValue::from_str(&value) {
            headers.insert(name, value);
        }
    }
    response
}
