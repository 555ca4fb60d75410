//! Mutations of one JSON answer: every way a server or a network could garble it.
//!
//! Each function returns `(what, body)` pairs; `what` names the mutation so a failure can be
//! reproduced. Structural mutations walk every node of the parsed answer; byte-level ones cut
//! the text or change random bytes drawn from a seeded generator, so every run tries the same
//! inputs.

use serde_json::Value;

/// Deeper than any parser's recursion limit; must end in an error, not a stack overflow.
const DEEP: usize = 10_000;

/// A key or an index on the way from the root to a node.
#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Index(usize),
}

type Path = Vec<Step>;

/// A deterministic xorshift64* generator: the same seed gives the same mutations.
#[derive(Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % u64::try_from(n.max(1)).unwrap_or(1)).unwrap_or(0)
    }
}

fn paths(value: &Value) -> Vec<Path> {
    let mut all = Vec::new();
    let mut stack = vec![(Vec::new(), value)];
    while let Some((path, node)) = stack.pop() {
        match node {
            Value::Object(map) => stack.extend(map.iter().map(|(k, v)| {
                let mut p = path.clone();
                p.push(Step::Key(k.clone()));
                (p, v)
            })),
            Value::Array(items) => stack.extend(items.iter().enumerate().map(|(i, v)| {
                let mut p = path.clone();
                p.push(Step::Index(i));
                (p, v)
            })),
            _ => {}
        }
        all.push(path);
    }
    all
}

fn node_mut<'a>(value: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |node, step| match step {
        Step::Key(key) => node.get_mut(key.as_str()),
        Step::Index(i) => node.get_mut(*i),
    })
}

fn show(path: &[Step]) -> String {
    path.iter()
        .map(|s| match s {
            Step::Key(k) => format!(".{k}"),
            Step::Index(i) => format!("[{i}]"),
        })
        .collect()
}

/// `root` with the node at `path` replaced by a placeholder, serialized, and the placeholder
/// swapped for `raw` JSON text (which may be no valid `Value`: `1e400`, 10,000 brackets).
fn with_raw(root: &Value, path: &[Step], raw: &str) -> Option<Vec<u8>> {
    const MARK: &str = "\u{1}STINT-FUZZ\u{1}";
    let mut copy = root.clone();
    *node_mut(&mut copy, path)? = Value::String(MARK.to_owned());
    let text = serde_json::to_string(&copy).ok()?;
    let quoted = serde_json::to_string(MARK).ok()?;
    Some(text.replacen(&quoted, raw, 1).into_bytes())
}

/// The text cut after every `step` bytes.
pub fn truncations(body: &[u8], step: usize) -> Vec<(String, Vec<u8>)> {
    (0..body.len())
        .step_by(step.max(1))
        .map(|at| (format!("truncated at byte {at}"), body[..at].to_vec()))
        .collect()
}

/// Every node swapped for each JSON type it is not, and numbers and strings for each other.
pub fn type_swaps(root: &Value) -> Vec<(String, Vec<u8>)> {
    let swaps = [
        ("a string", r#""x""#),
        ("a number", "7"),
        ("null", "null"),
        ("an array", "[]"),
        ("an object", "{}"),
        ("a bool", "true"),
        ("an array of null", "[null]"),
    ];
    let mut out = Vec::new();
    for path in paths(root) {
        let mut copy = root.clone();
        let Some(node) = node_mut(&mut copy, &path) else {
            continue;
        };
        let text = node.to_string();
        let own = match node {
            Value::Number(n) => Some(format!("\"{n}\"")),
            Value::String(s) => Some(match serde_json::from_str::<serde_json::Number>(s.trim()) {
                Ok(number) => number.to_string(),
                Err(_) => "0".to_owned(),
            }),
            _ => None,
        };
        for (name, raw) in swaps
            .iter()
            .map(|(n, r)| (n.to_string(), r.to_string()))
            .chain(own.map(|r| ("the other of string/number".to_owned(), r)))
        {
            if raw == text {
                continue;
            }
            if let Some(body) = with_raw(root, &path, &raw) {
                out.push((format!("{} as {name}", show(&path)), body));
            }
        }
    }
    out
}

/// Every number replaced by numbers no field can hold.
pub fn huge_numbers(root: &Value) -> Vec<(String, Vec<u8>)> {
    let huge = [
        "1e400",
        "-1e400",
        "99999999999999999999",
        "-99999999999999999999",
        "18446744073709551616",
        "4294967296",
        "-1",
        "0.5",
        "1e-400",
    ];
    let mut out = Vec::new();
    for path in paths(root) {
        let mut copy = root.clone();
        if !node_mut(&mut copy, &path).is_some_and(|n| n.is_number() || n.is_string()) {
            continue;
        }
        for raw in huge {
            if let Some(body) = with_raw(root, &path, raw) {
                out.push((format!("{} as {raw}", show(&path)), body));
            }
        }
    }
    out
}

/// Every object key left out, one at a time.
pub fn missing_keys(root: &Value) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for path in paths(root) {
        let Some((Step::Key(key), parent)) = path.split_last() else {
            continue;
        };
        let mut copy = root.clone();
        if let Some(Value::Object(map)) = node_mut(&mut copy, parent) {
            map.remove(key);
            out.push((
                format!("without {}", show(&path)),
                copy.to_string().into_bytes(),
            ));
        }
    }
    out
}

/// The root, `data` and the first item nested 10,000 levels deep, closed and unclosed.
pub fn deep_nesting(root: &Value) -> Vec<(String, Vec<u8>)> {
    let arrays = format!("{}{}", "[".repeat(DEEP), "]".repeat(DEEP));
    let objects = format!("{}1{}", r#"{"a":"#.repeat(DEEP), "}".repeat(DEEP));
    let unclosed = "[".repeat(DEEP);
    let mut out = vec![
        (
            "10,000 nested arrays".to_owned(),
            arrays.clone().into_bytes(),
        ),
        (
            "10,000 unclosed arrays".to_owned(),
            unclosed.clone().into_bytes(),
        ),
    ];
    let spots: [Path; 3] = [
        vec![Step::Key("data".into())],
        vec![Step::Key("data".into()), Step::Index(0)],
        vec![
            Step::Key("data".into()),
            Step::Index(0),
            Step::Key("attributes".into()),
        ],
    ];
    for spot in spots {
        for (name, raw) in [
            ("arrays", &arrays),
            ("objects", &objects),
            ("unclosed arrays", &unclosed),
        ] {
            if let Some(body) = with_raw(root, &spot, raw) {
                out.push((format!("{} as 10,000 nested {name}", show(&spot)), body));
            }
        }
    }
    out
}

/// `count` random byte changes (replace, insert, delete) from `rng`.
pub fn random_bytes(body: &[u8], rng: &mut Rng, count: usize) -> Vec<(String, Vec<u8>)> {
    const BYTES: &[u8] = b"{}[]\",:-.0123456789eEtfnul\\ \xff\x00";
    (0..count)
        .map(|_| {
            let mut copy = body.to_vec();
            let at = rng.below(copy.len());
            let byte = BYTES[rng.below(BYTES.len())];
            let what = match rng.below(3) {
                0 if !copy.is_empty() => {
                    copy[at] = byte;
                    "replaced"
                }
                1 => {
                    copy.insert(at, byte);
                    "inserted"
                }
                _ if !copy.is_empty() => {
                    copy.remove(at);
                    "deleted"
                }
                _ => "unchanged",
            };
            (format!("byte {at} {what} ({byte:#04x})"), copy)
        })
        .collect()
}
