//! A tiny deterministic random number generator (SplitMix64).
//!
//! The demo company must be identical for the same seed on every machine and every version of
//! every dependency, so the generator lives here instead of coming from a crate.

/// SplitMix64: fast, tiny, good enough for demo data; not for anything secret.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator whose sequence depends only on `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: i64, high: i64) -> i64 {
        let span = u64::try_from(high - low + 1).expect("low <= high");
        low + i64::try_from(self.next_u64() % span).expect("span fits i64")
    }

    /// True with `percent` % probability.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    /// Lower-case hex of `n` random nibbles.
    pub fn hex(&mut self, n: usize) -> String {
        let mut text = String::with_capacity(n);
        while text.len() < n {
            text.push_str(&format!("{:016x}", self.next_u64()));
        }
        text.truncate(n);
        text
    }

    /// A version-4-shaped UUID.
    pub fn uuid(&mut self) -> String {
        let hex = self.hex(32);
        format!(
            "{}-{}-4{}-a{}-{}",
            &hex[0..8],
            &hex[8..12],
            &hex[13..16],
            &hex[17..20],
            &hex[20..32]
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_sequence() {
        let a: Vec<u64> = (0..5)
            .scan(Rng::new(7), |r, _| Some(r.next_u64()))
            .collect();
        let b: Vec<u64> = (0..5)
            .scan(Rng::new(7), |r, _| Some(r.next_u64()))
            .collect();
        assert_eq!(a, b, "the demo company must be reproducible from its seed");
        assert_ne!(
            Rng::new(8).next_u64(),
            a[0],
            "another seed gives other data"
        );
    }

    #[test]
    fn between_stays_in_range_and_uuid_has_its_shape() {
        let mut rng = Rng::new(1);
        for _ in 0..1000 {
            let n = rng.between(-3, 3);
            assert!((-3..=3).contains(&n), "{n} is outside -3..=3");
        }
        let uuid = rng.uuid();
        assert_eq!(uuid.len(), 36, "{uuid}: 32 hex digits and 4 dashes");
        assert_eq!(&uuid[14..15], "4", "{uuid}: version nibble");
    }
}
