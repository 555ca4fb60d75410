//! The route table: which handler answers which method and path, v1 and v2 side by side.
//!
//! Handlers stay synchronous functions of the locked state and the decoded request; the router
//! only picks one, reads path parameters, and answers wrong methods and unknown paths in the
//! right error envelope. Authentication (v1 token, or v2 token plus the area's scope) is checked
//! here before a handler runs. What every request goes through besides — counting, latency,
//! faults, formats — is the layer around this router in `server::dispatch`.

use axum::extract::{Path, State as Extract};
use axum::routing::{get, patch, post, MethodRouter};
use axum::Router;

use super::{absence_periods, auth, balance, employees, time_offs, types, v2};
use crate::scopes;
use crate::server::reply::Reply;
use crate::server::request::RequestParts;
use crate::state::{Shared, State};

/// A v1 handler.
type V1 = fn(&mut State, &RequestParts) -> Reply;
/// A v2 handler; the string is the `{id}` path parameter where the route has one.
type V2 = fn(&mut State, &RequestParts, &str) -> Reply;

/// The whole table, bound to the sandbox's state.
pub(crate) fn router(shared: Shared) -> Router {
    Router::new()
        .route("/v1/auth", v1_route("POST", false, auth::handle))
        .route(
            "/v1/company/employees",
            v1_route("GET", true, |s, r| employees::handle(s, &r.query)),
        )
        .route(
            "/v1/company/employees/{id}/absences/balance",
            v1_route("GET", true, |s, r| balance::handle(s, &r.path)),
        )
        .route(
            "/v1/company/time-offs",
            v1_route("GET", true, |s, r| time_offs::handle(s, &r.query)),
        )
        .route(
            "/v1/company/absence-periods",
            v1_route("GET", true, |s, r| absence_periods::handle(s, &r.query)),
        )
        .route(
            "/v1/company/time-off-types",
            v1_route("GET", true, |s, r| types::handle(s, &r.query)),
        )
        .route(
            "/v2/auth/token",
            post(|state: Extract<Shared>, request: RequestParts| async move {
                v2::auth::handle(&mut state.lock(), &request)
            })
            .fallback(v2_wrong_method),
        )
        .route(
            "/v2/persons",
            get(v2_call(scopes::PERSONS_READ, |s, r, _| {
                v2::persons::handle(s, r)
            }))
            .fallback(v2_wrong_method),
        )
        .route(
            "/v2/absence-periods",
            get(v2_call(scopes::ABSENCES_READ, |s, r, _| {
                v2::absence_periods::handle(s, r)
            }))
            .fallback(v2_wrong_method),
        )
        .route(
            "/v2/absence-periods/{id}/breakdowns",
            get(v2_with_id(scopes::ABSENCES_READ, |s, r, id| {
                v2::breakdowns::handle(s, r, id)
            }))
            .fallback(v2_wrong_method),
        )
        .route(
            "/v2/attendance-periods",
            get(v2_call(scopes::ATTENDANCES_READ, |s, r, _| {
                v2::attendance_periods::handle(s, r)
            }))
            .post(v2_call(scopes::ATTENDANCES_WRITE, |s, r, _| {
                v2::attendance_write::create(s, r)
            }))
            .fallback(v2_wrong_method),
        )
        .route(
            "/v2/attendance-periods/{id}",
            patch(v2_with_id(
                scopes::ATTENDANCES_WRITE,
                v2::attendance_write::change,
            ))
            .delete(v2_with_id(scopes::ATTENDANCES_WRITE, |s, _, id| {
                v2::attendance_write::delete(s, id)
            }))
            .fallback(v2_wrong_method),
        )
        .fallback(|request: RequestParts| async move {
            Reply::error(404, 404, format!("Not found: {}", request.path))
        })
        .with_state(shared)
}

/// A v1 route answering `method` only (405 in the v1 envelope otherwise), behind the v1 token
/// when `authorized`.
fn v1_route(method: &'static str, authorized: bool, handler: V1) -> MethodRouter<Shared> {
    let call = move |state: Extract<Shared>, request: RequestParts| async move {
        let mut state = state.lock();
        if authorized {
            if let Err(reply) = super::authorize(&state, &request) {
                return reply;
            }
        }
        handler(&mut state, &request)
    };
    let wrong = move |request: RequestParts| async move {
        Reply::error(
            405,
            405,
            format!(
                "Method {} is not allowed here; use {method}",
                request.method
            ),
        )
    };
    let route = if method == "POST" {
        post(call)
    } else {
        get(call)
    };
    route.fallback(wrong)
}

/// A v2 handler without path parameters, behind the v2 token and `scope`.
fn v2_call(
    scope: &'static str,
    handler: V2,
) -> impl Fn(Extract<Shared>, RequestParts) -> std::future::Ready<Reply> + Clone + Send + Sync + 'static
{
    move |state, request| {
        let mut state = state.lock();
        std::future::ready(match v2::authorize(&state, &request, scope) {
            Ok(()) => handler(&mut state, &request, ""),
            Err(reply) => reply,
        })
    }
}

/// A v2 handler of `…/{id}…`, behind the v2 token and `scope`.
fn v2_with_id(
    scope: &'static str,
    handler: V2,
) -> impl Fn(Extract<Shared>, Path<String>, RequestParts) -> std::future::Ready<Reply>
       + Clone
       + Send
       + Sync
       + 'static {
    move |state, Path(id), request| {
        let mut state = state.lock();
        std::future::ready(match v2::authorize(&state, &request, scope) {
            Ok(()) => handler(&mut state, &request, &id),
            Err(reply) => reply,
        })
    }
}

async fn v2_wrong_method(request: RequestParts) -> Reply {
    Reply::v2_error(
        405,
        "Method Not Allowed",
        format!("{} is not allowed on {}", request.method, request.path),
        "method_not_allowed",
    )
}
