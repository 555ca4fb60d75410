//! Who works at the demo company and on which schedule.
//!
//! Schedules cover what a client must handle: full-time 40 h, a 4-day week of 6 h days, 7.5 h days,
//! a mixed week with a short Friday, and one schedule with a `null` weekday and weekdays left out.

use chrono::NaiveDate;

use crate::company::{DayHours, DemoEmployee};

const FULL: [u32; 7] = [480, 480, 480, 480, 480, 0, 0];
const FOUR_DAYS: [u32; 7] = [360, 360, 360, 360, 0, 0, 0];
const FOUR_DAYS_LATE: [u32; 7] = [0, 360, 360, 360, 360, 0, 0];
const SEVEN_AND_HALF: [u32; 7] = [450, 450, 450, 450, 450, 0, 0];
const SHORT_FRIDAY: [u32; 7] = [450, 450, 450, 450, 360, 0, 0];
const HALF_TIME: [u32; 7] = [240, 240, 240, 240, 240, 0, 0];

/// The one schedule with gaps: Wednesday is `null`, the weekend is left out.
const GAPS: [DayHours; 7] = [
    DayHours::Minutes(480),
    DayHours::Minutes(480),
    DayHours::Null,
    DayHours::Minutes(480),
    DayHours::Minutes(240),
    DayHours::Missing,
    DayHours::Missing,
];

struct Person {
    first: &'static str,
    last: &'static str,
    email: Option<&'static str>,
    position: &'static str,
    department: &'static str,
    team: &'static str,
    office: &'static str,
    schedule: Schedule,
    english: bool,
}

enum Schedule {
    Plain(&'static str, [u32; 7]),
    Gaps,
}

const fn de(first: &'static str, last: &'static str, position: &'static str) -> Person {
    person(
        first,
        last,
        position,
        "Engineering",
        "Platform",
        "Berlin",
        false,
    )
}

const fn person(
    first: &'static str,
    last: &'static str,
    position: &'static str,
    department: &'static str,
    team: &'static str,
    office: &'static str,
    english: bool,
) -> Person {
    Person {
        first,
        last,
        email: None,
        position,
        department,
        team,
        office,
        schedule: Schedule::Plain("Vollzeit 40h", FULL),
        english,
    }
}

const fn with(mut p: Person, name: &'static str, days: [u32; 7]) -> Person {
    p.schedule = Schedule::Plain(name, days);
    p
}

fn people() -> Vec<Person> {
    let mut jack = person(
        "Jack",
        "Wilson",
        "Account Executive",
        "Sales",
        "UK",
        "London",
        true,
    );
    jack.email = Some("Jack.Wilson@demo.stint.app");
    let mut paul = person(
        "Paul",
        "Schäfer",
        "Controller",
        "Finance",
        "Accounting",
        "München",
        false,
    );
    paul.schedule = Schedule::Gaps;
    vec![
        de("Anna", "Schmidt", "Software Engineer"),
        de("Lukas", "Müller", "Engineering Manager"),
        with(
            de("Sophie", "Weber", "QA Engineer"),
            "Teilzeit 4 Tage",
            FOUR_DAYS,
        ),
        de("Jonas", "Fischer", "Software Engineer"),
        with(
            person(
                "Marie",
                "Wagner",
                "People Partner",
                "People",
                "HR",
                "Berlin",
                false,
            ),
            "Vollzeit 37,5h",
            SEVEN_AND_HALF,
        ),
        person(
            "Felix",
            "Becker",
            "Sales Manager",
            "Sales",
            "DACH",
            "München",
            false,
        ),
        with(
            person(
                "Lena",
                "Hoffmann",
                "Recruiter",
                "People",
                "Talent",
                "Berlin",
                false,
            ),
            "Teilzeit 4 Tage (Di-Fr)",
            FOUR_DAYS_LATE,
        ),
        paul,
        de("Emma", "Koch", "Designer"),
        de("Leon", "Richter", "DevOps Engineer"),
        with(
            person(
                "Mia",
                "Klein",
                "Working Student",
                "Finance",
                "Accounting",
                "Remote",
                false,
            ),
            "Teilzeit 20h",
            HALF_TIME,
        ),
        de("Finn", "Wolf", "Data Engineer"),
        de("Hannah", "Schröder", "Product Manager"),
        with(
            person(
                "Noah",
                "Neumann",
                "Support Agent",
                "Customer Success",
                "Support",
                "Berlin",
                false,
            ),
            "Vollzeit 36h",
            SHORT_FRIDAY,
        ),
        person(
            "Oliver",
            "Smith",
            "Solutions Engineer",
            "Sales",
            "UK",
            "London",
            true,
        ),
        with(
            person(
                "Emily",
                "Johnson",
                "Marketing Lead",
                "Marketing",
                "Brand",
                "London",
                true,
            ),
            "Part-time 4 days",
            FOUR_DAYS,
        ),
        person(
            "James",
            "Brown",
            "Backend Engineer",
            "Engineering",
            "Platform",
            "Remote",
            true,
        ),
        with(
            person(
                "Charlotte",
                "Taylor",
                "Office Manager",
                "People",
                "Workplace",
                "London",
                true,
            ),
            "Full-time 37.5h",
            SEVEN_AND_HALF,
        ),
        jack,
        person(
            "Amelia",
            "Davies",
            "Frontend Engineer",
            "Engineering",
            "Web",
            "Remote",
            true,
        ),
        person(
            "Harry",
            "Evans",
            "Finance Analyst",
            "Finance",
            "FP&A",
            "London",
            true,
        ),
        with(
            person(
                "Grace",
                "Thomas",
                "Content Designer",
                "Marketing",
                "Brand",
                "Remote",
                true,
            ),
            "Part-time 4 days",
            FOUR_DAYS,
        ),
        person(
            "Jürgen",
            "Groß",
            "Head of Sales",
            "Sales",
            "DACH",
            "München",
            false,
        ),
    ]
}

/// `müller` → `mueller`, `groß` → `gross`: how people write their names in email addresses.
fn ascii(name: &str) -> String {
    name.to_lowercase()
        .replace('ä', "ae")
        .replace('ö', "oe")
        .replace('ü', "ue")
        .replace('ß', "ss")
}

/// Id of the first employee; the rest follow in order.
pub const FIRST_ID: i64 = 1001;

/// Everyone, in id order; the demo employee (Anna Schmidt) comes first.
pub fn employees(today: NaiveDate) -> Vec<DemoEmployee> {
    people()
        .into_iter()
        .zip(FIRST_ID..)
        .map(|(p, id)| {
            let (schedule_name, schedule) = match p.schedule {
                Schedule::Plain(name, days) => (name.to_owned(), days.map(DayHours::Minutes)),
                Schedule::Gaps => ("Individuell".to_owned(), GAPS),
            };
            let years = 1 + (id - FIRST_ID) % 6;
            DemoEmployee {
                id,
                email: p.email.map_or_else(
                    || format!("{}.{}@demo.stint.app", ascii(p.first), ascii(p.last)),
                    str::to_owned,
                ),
                first_name: p.first.to_owned(),
                last_name: p.last.to_owned(),
                position: p.position.to_owned(),
                department: p.department.to_owned(),
                team: p.team.to_owned(),
                office: p.office.to_owned(),
                hire_date: today - chrono::Days::new(365 * years as u64 + 17),
                schedule_name,
                schedule,
                english: p.english,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_company_has_the_schedules_clients_must_handle() {
        let staff = employees(NaiveDate::from_ymd_opt(2025, 6, 2).expect("valid"));
        assert!(
            staff.len() >= 20,
            "at least 20 employees, got {}",
            staff.len()
        );
        let weekly: Vec<u32> = staff
            .iter()
            .map(|e| e.weekly_minutes().iter().sum())
            .collect();
        assert!(weekly.contains(&2400), "someone works 40 h");
        assert!(weekly.contains(&1440), "someone works a 4-day week of 6 h");
        assert!(weekly.contains(&2250), "someone works 7:30 days");
        assert!(
            staff.iter().any(|e| e.schedule.contains(&DayHours::Null))
                && staff
                    .iter()
                    .any(|e| e.schedule.contains(&DayHours::Missing)),
            "one schedule has a null weekday and left-out weekdays"
        );
    }

    #[test]
    fn emails_are_ascii_and_unique() {
        let staff = employees(NaiveDate::from_ymd_opt(2025, 6, 2).expect("valid"));
        let mut emails: Vec<String> = staff.iter().map(|e| e.email.to_lowercase()).collect();
        assert!(
            emails.iter().all(|e| e.is_ascii()),
            "umlauts are transliterated: {emails:?}"
        );
        assert!(
            emails.contains(&"juergen.gross@demo.stint.app".to_owned()),
            "ü→ue, ß→ss"
        );
        emails.sort();
        emails.dedup();
        assert_eq!(emails.len(), staff.len(), "no two employees share an email");
    }
}
