//! Issue 12: decoders never panic. Every answer the client decodes (the JSON fixtures and live
//! sandbox answers in several wire formats) is garbled in every way we can think of —
//! truncated every few bytes, each node swapped for another JSON type, numbers no field can hold
//! (`1e400`, `99999999999999999999`), 10,000 levels of nesting, each key left out, random bytes —
//! and fed to the client's decoders. Each input must end in a value or an error, never a panic.
//! The inputs are deterministic (a seeded generator), so a failure names a reproducible input.

mod corpus;
mod mutate;

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

use stint_personio::decode::{decode, Answer};

/// How many inputs of one class were tried and how they ended.
#[derive(Debug, Default, Clone, Copy)]
struct Outcomes {
    tried: usize,
    ok: usize,
    err: usize,
}

#[derive(Debug, Default)]
struct Tally {
    all: Outcomes,
    classes: BTreeMap<&'static str, Outcomes>,
    /// Inputs that panicked: decoder, corpus answer and mutation, enough to reproduce.
    panics: Vec<String>,
}

impl Tally {
    fn feed(&mut self, class: &'static str, answer: Answer, source: &str, what: &str, body: &[u8]) {
        let outcome = catch_unwind(AssertUnwindSafe(|| decode(answer, body)));
        for counts in [&mut self.all, self.classes.entry(class).or_default()] {
            counts.tried += 1;
            match &outcome {
                Ok(Ok(_)) => counts.ok += 1,
                Ok(Err(_)) => counts.err += 1,
                Err(_) => {}
            }
        }
        if outcome.is_err() {
            self.panics
                .push(format!("{answer:?} decoder on `{source}`, {what}"));
        }
    }
}

#[tokio::test]
async fn mutated_answers_end_in_a_value_or_an_error_never_a_panic() {
    let started = Instant::now();
    let corpus = corpus::all().await;
    assert!(
        corpus.len() >= 20,
        "the corpus holds every fixture and the sandbox's answers, got {}",
        corpus.len()
    );
    // Quiet the default hook: a panic is counted and reported below with its input.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut tally = Tally::default();
    let mut rng = mutate::Rng::new(0x5EED_0012);
    for entry in &corpus {
        let (name, body) = (entry.name.as_str(), entry.body.as_slice());
        for other in Answer::ALL {
            tally.feed(
                "unchanged, to every decoder",
                other,
                name,
                "unchanged",
                body,
            );
        }
        let step = (body.len() / 48).max(1);
        let mut classes = vec![
            ("truncations", mutate::truncations(body, step)),
            ("random bytes", mutate::random_bytes(body, &mut rng, 60)),
        ];
        if let Ok(value) = serde_json::from_slice(body) {
            classes.push(("type swaps", mutate::type_swaps(&value)));
            classes.push(("huge numbers", mutate::huge_numbers(&value)));
            classes.push(("missing keys", mutate::missing_keys(&value)));
            classes.push(("deep nesting", mutate::deep_nesting(&value)));
        }
        for (class, mutations) in &classes {
            for (what, mutated) in mutations {
                tally.feed(class, entry.answer, name, what, mutated);
            }
        }
    }
    std::panic::set_hook(hook);
    let Outcomes { tried, ok, err } = tally.all;
    println!(
        "decoder fuzz: {tried} inputs from {} answers: {ok} Ok, {err} Err, {} panics, in {:?}",
        corpus.len(),
        tally.panics.len(),
        started.elapsed()
    );
    for (class, o) in &tally.classes {
        println!("  {class}: {} inputs, {} Ok, {} Err", o.tried, o.ok, o.err);
    }
    assert!(
        tally.panics.is_empty(),
        "a decoder panicked on {} inputs (a sync would crash instead of reporting a bad answer), \
         first ones: {:#?}",
        tally.panics.len(),
        &tally.panics[..tally.panics.len().min(5)]
    );
    assert!(
        ok > 0 && err > 0,
        "the mutations must reach both outcomes, or they test nothing: {ok} Ok, {err} Err"
    );
}
