//! The handle of a running sandbox: start it, point a client at it, steer it, stop it.
//!
//! Cloning the handle is cheap; the server stops on [`Sandbox::shutdown`] or when the last
//! handle is dropped.

use std::net::{Ipv4Addr, SocketAddr, TcpListener as StdListener};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::company::{
    AttendanceStatus, DemoAbsencePeriod, DemoAttendance, DemoBalance, DemoEmployee, DemoTimeOff,
    DemoTimeOffType, NewAttendance, NewTimeOff,
};
use crate::config::{Formats, SandboxConfig, V2Options};
use crate::credentials::DemoCredentials;
use crate::fault::{Endpoint, Fault};
use crate::log::LoggedRequest;
use crate::server;
use crate::state::{Shared, State};

/// A running fake Personio server on 127.0.0.1.
#[derive(Debug, Clone)]
pub struct Sandbox {
    running: Arc<Running>,
}

#[derive(Debug)]
struct Running {
    shared: Shared,
    addr: SocketAddr,
    stop: watch::Sender<bool>,
    thread: Mutex<Option<JoinHandle<()>>>,
}

impl Drop for Running {
    fn drop(&mut self) {
        self.stop.send_replace(true);
        let thread = self.thread.lock().map(|mut t| t.take()).unwrap_or(None);
        if let Some(thread) = thread {
            // The server thread only waits for the stop signal; joining is quick.
            let _ = thread.join();
        }
    }
}

fn bind(port: u16) -> std::io::Result<StdListener> {
    let listener = StdListener::bind((Ipv4Addr::LOCALHOST, port))?;
    listener.set_nonblocking(true)?;
    Ok(listener)
}

impl Sandbox {
    /// Binds 127.0.0.1 and serves on the current tokio runtime.
    pub async fn start(config: SandboxConfig) -> std::io::Result<Sandbox> {
        let listener = TcpListener::from_std(bind(config.port)?)?;
        let addr = listener.local_addr()?;
        let shared = Shared::new(State::new(&config));
        let (stop, stopped) = watch::channel(false);
        tokio::spawn(server::run(listener, shared.clone(), stopped));
        Ok(Self::handle(shared, addr, stop, None))
    }

    /// Binds 127.0.0.1 and serves from a thread with its own runtime, for callers without one.
    pub fn start_in_background(config: SandboxConfig) -> std::io::Result<Sandbox> {
        Self::serve_in_background(bind(config.port)?, config)
    }

    /// Serves on `listener`, bound by the caller (`config.port` is then unused), from a thread
    /// with its own runtime: for a caller that must choose the port itself, such as the app,
    /// which keeps clear of the port WebKit's inspector is about to take.
    pub fn serve_in_background(
        listener: StdListener,
        config: SandboxConfig,
    ) -> std::io::Result<Sandbox> {
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let shared = Shared::new(State::new(&config));
        let (stop, stopped) = watch::channel(false);
        let serving = shared.clone();
        let thread = std::thread::Builder::new()
            .name("stint-sandbox".into())
            .spawn(move || {
                runtime.block_on(async move {
                    match TcpListener::from_std(listener) {
                        Ok(listener) => server::run(listener, serving, stopped).await,
                        Err(error) => tracing::error!(%error, "sandbox could not listen"),
                    }
                });
            })?;
        Ok(Self::handle(shared, addr, stop, Some(thread)))
    }

    fn handle(
        shared: Shared,
        addr: SocketAddr,
        stop: watch::Sender<bool>,
        thread: Option<JoinHandle<()>>,
    ) -> Sandbox {
        Sandbox {
            running: Arc::new(Running {
                shared,
                addr,
                stop,
                thread: Mutex::new(thread),
            }),
        }
    }

    /// `http://127.0.0.1:PORT`, to use as the client's base URL.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.running.addr)
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.running.addr
    }

    /// API credentials that work, and the demo employee's email.
    pub fn credentials(&self) -> DemoCredentials {
        self.running.shared.lock().credentials.clone()
    }

    /// Switches wire variants for all following requests.
    pub fn set_formats(&self, formats: Formats) {
        self.running.shared.lock().formats = formats;
    }

    /// The wire variants in use.
    pub fn formats(&self) -> Formats {
        self.running.shared.lock().formats.clone()
    }

    /// Sets the delay added before every answer.
    pub fn set_latency(&self, latency: Duration) {
        self.running.shared.lock().latency = latency;
    }

    /// Queues `fault` for the next `times` requests to `endpoint` (`None`: until cleared).
    pub fn inject(&self, endpoint: Endpoint, fault: Fault, times: Option<usize>) {
        self.running
            .shared
            .lock()
            .faults
            .push(endpoint, fault, times);
    }

    /// Removes every queued fault.
    pub fn clear_faults(&self) {
        self.running.shared.lock().faults.clear();
    }

    /// Requests to `endpoint` since start or the last [`Sandbox::reset_counters`], faults
    /// included.
    pub fn request_count(&self, endpoint: Endpoint) -> usize {
        self.running.shared.lock().log.count(endpoint)
    }

    /// Every finished request in order.
    pub fn requests(&self) -> Vec<LoggedRequest> {
        self.running.shared.lock().log.entries()
    }

    /// Forgets counts and logged requests.
    pub fn reset_counters(&self) {
        self.running.shared.lock().log.reset();
    }

    /// The demo company's employees, in id order; the demo employee first.
    pub fn employees(&self) -> Vec<DemoEmployee> {
        self.running.shared.lock().company.employees.clone()
    }

    /// All absence types.
    pub fn time_off_types(&self) -> Vec<DemoTimeOffType> {
        self.running.shared.lock().company.types.clone()
    }

    /// Day-based absences of one employee, in id order.
    pub fn time_offs_of(&self, employee_id: i64) -> Vec<DemoTimeOff> {
        let state = self.running.shared.lock();
        let all = state.company.time_offs.iter();
        all.filter(|t| t.employee_id == employee_id)
            .cloned()
            .collect()
    }

    /// Hour-based absences of one employee.
    pub fn absence_periods_of(&self, employee_id: i64) -> Vec<DemoAbsencePeriod> {
        let state = self.running.shared.lock();
        let all = state.company.absence_periods.iter();
        all.filter(|p| p.employee_id == employee_id)
            .cloned()
            .collect()
    }

    /// What the balance endpoint answers for `employee_id`; `None` for an unknown employee.
    pub fn balances_of(&self, employee_id: i64) -> Option<Vec<DemoBalance>> {
        self.running.shared.lock().company.balances_of(employee_id)
    }

    /// Deletes a day-based absence; later requests no longer return it. False if none had `id`.
    pub fn delete_time_off(&self, id: i64) -> bool {
        self.running.shared.lock().company.delete_time_off(id)
    }

    /// Adds a day-based absence and returns its id.
    ///
    /// # Panics
    /// When the employee or the type name does not exist in the demo company.
    pub fn add_time_off(&self, new: NewTimeOff) -> i64 {
        self.running.shared.lock().company.add_time_off(new)
    }

    /// Deletes an hour-based absence. False if none had `id`.
    pub fn delete_absence_period(&self, id: &str) -> bool {
        self.running.shared.lock().company.delete_absence_period(id)
    }

    /// Invalidates every issued token (v1 and v2), as if they had expired.
    pub fn expire_tokens(&self) {
        let mut state = self.running.shared.lock();
        state.tokens.clear();
        state.v2_tokens.clear();
    }

    /// Switches the v2 options (link style, create answer, skip approval, scopes) for all
    /// following requests.
    pub fn set_v2_options(&self, options: V2Options) {
        self.running.shared.lock().v2 = options;
    }

    /// The v2 options in use.
    pub fn v2_options(&self) -> V2Options {
        self.running.shared.lock().v2.clone()
    }

    /// Takes `scope` (e.g. [`crate::scopes::ATTENDANCES_WRITE`]) from the credential: from now on
    /// requests to its area answer 403 and new tokens no longer list it.
    pub fn withdraw_scope(&self, scope: &str) {
        let mut state = self.running.shared.lock();
        if !state.v2.withdrawn_scopes.iter().any(|s| s == scope) {
            state.v2.withdrawn_scopes.push(scope.to_owned());
        }
    }

    /// Gives a withdrawn `scope` back.
    pub fn restore_scope(&self, scope: &str) {
        self.running
            .shared
            .lock()
            .v2
            .withdrawn_scopes
            .retain(|s| s != scope);
    }

    /// The v2 person id of the employee with v1 id `employee_id`.
    pub fn person_id_of(&self, employee_id: i64) -> Option<String> {
        let state = self.running.shared.lock();
        state
            .company
            .employee(employee_id)
            .map(DemoEmployee::person_id)
    }

    /// Attendance periods of one employee (by v1 id), in start order.
    pub fn attendances_of(&self, employee_id: i64) -> Vec<DemoAttendance> {
        let state = self.running.shared.lock();
        let mut mine: Vec<DemoAttendance> = state
            .company
            .attendances
            .iter()
            .filter(|p| p.employee_id == employee_id)
            .cloned()
            .collect();
        mine.sort_by(|a, b| (a.start, &a.id).cmp(&(b.start, &b.id)));
        mine
    }

    /// Adds an attendance period as if booked in Personio (rules unchecked) and returns its id.
    pub fn add_attendance(&self, new: NewAttendance) -> String {
        let mut state = self.running.shared.lock();
        let id = state.rng.uuid();
        let now = chrono::Local::now().naive_local();
        state.company.attendances.push(DemoAttendance {
            id: id.clone(),
            employee_id: new.employee_id,
            kind: new.kind,
            start: new.start,
            end: new.end,
            comment: String::new(),
            status: new.status,
            created_at: now,
            updated_at: now,
        });
        id
    }

    /// Sets the approval state of a period, as a manager would. False if none had `id`.
    pub fn set_attendance_status(&self, id: &str, status: AttendanceStatus) -> bool {
        let mut state = self.running.shared.lock();
        let Some(period) = state.company.attendances.iter_mut().find(|p| p.id == id) else {
            return false;
        };
        period.status = status;
        period.updated_at = chrono::Local::now().naive_local();
        true
    }

    /// Moves an attendance period to `start..end` as if someone edited it in Personio (its
    /// `updated_at` moves on, by at least a second). False if none had `id`.
    pub fn move_attendance(
        &self,
        id: &str,
        start: chrono::NaiveDateTime,
        end: Option<chrono::NaiveDateTime>,
    ) -> bool {
        let mut state = self.running.shared.lock();
        let Some(period) = state.company.attendances.iter_mut().find(|p| p.id == id) else {
            return false;
        };
        period.start = start;
        period.end = end;
        period.updated_at = chrono::Local::now()
            .naive_local()
            .max(period.updated_at + chrono::Duration::seconds(1));
        true
    }

    /// Deletes an attendance period as if someone did it in Personio. False if none had `id`.
    pub fn delete_attendance(&self, id: &str) -> bool {
        let mut state = self.running.shared.lock();
        let before = state.company.attendances.len();
        state.company.attendances.retain(|p| p.id != id);
        state.company.attendances.len() != before
    }

    /// Stops the server now, even if other handles exist; open connections are cut.
    pub fn shutdown(self) {
        self.running.stop.send_replace(true);
    }
}
