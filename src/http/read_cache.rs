//! Answers to reads kept while the data they were made from stands: a use case's JSON
//! answer, by the use case, who asked, the day and the filter, for the data's version
//! ([`crate::store::data_version`]). Officials read the same lists and bulletins many times
//! a day between the few changes made to them, and a person's 100 milestones cost fifteen
//! times what answering who is logged in costs, most of it reading and writing the same
//! rows again.
//!
//! An answer is kept only for exactly what the use case was given: the principal (account,
//! person, roles, language), today, the zone and the filter, all in its key. So a use case
//! whose answer is kept may read nothing else: not the clock's time of day, not a request
//! header, and of the database only tables whose changes move the version (not the audit
//! log, sessions, the outbox: see the migration `data_version`). The access decision is
//! the use case's, made when the answer was made, from inputs that are all in the key or
//! covered by the version; a change to any of them means the answer is made again.
//!
//! Bounded: at most its budget (`DUBAN_READ_CACHE_MB`, by default [`ReadCache::BUDGET`]) of
//! answers and keys, the least recently used dropped first; an answer over a quarter of it
//! is never kept. When the version moves, every answer is dropped at once.

use std::sync::{Mutex, MutexGuard, PoisonError};

use actix_web::web::Bytes;
use lru::LruCache;

use crate::store::Ctx;

/// The kept answers of one version of the data.
#[derive(Debug)]
pub struct ReadCache {
    budget: usize,
    kept: Mutex<Kept>,
}

#[derive(Debug)]
struct Kept {
    version: i64,
    bytes: usize,
    answers: LruCache<String, Bytes>,
}

impl Default for ReadCache {
    fn default() -> Self {
        Self::with_budget(Self::BUDGET)
    }
}

impl ReadCache {
    /// What answers and their keys may take in all: a few hundred people's lists, or a
    /// city's bulletin and board data, beside the rest of the server's memory.
    pub const BUDGET: usize = 32 * 1024 * 1024;

    pub fn with_budget(budget: usize) -> Self {
        Self {
            budget,
            kept: Mutex::new(Kept {
                version: i64::MIN,
                bytes: 0,
                answers: LruCache::unbounded(),
            }),
        }
    }

    /// The key of a use case's answer: the use case, everything of the context an answer
    /// may depend on, and its input (by their `Debug` form, which names every field).
    pub fn key(use_case: &str, ctx: &Ctx, input: &impl std::fmt::Debug) -> String {
        format!(
            "{use_case}\n{:?}\n{}\n{}\n{input:?}",
            ctx.principal, ctx.today, ctx.tz
        )
    }

    /// A poisoned lock only means another request panicked while it held it: every answer
    /// in it is whole, and the byte count is at worst off by one answer.
    fn lock(&self) -> MutexGuard<'_, Kept> {
        self.kept.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The answer kept for `key` when the data is at `version`.
    pub fn get(&self, version: i64, key: &str) -> Option<Bytes> {
        let mut kept = self.lock();
        if kept.version != version {
            return None;
        }
        kept.answers.get(key).cloned()
    }

    /// Keeps `answer`, made from data read at `version` or later. Only one version's answers
    /// are kept: those of any other are dropped first (a request that read an older version
    /// and finishes late only costs the newer answers one more making).
    pub fn put(&self, version: i64, key: String, answer: Bytes) {
        let weight = key.len() + answer.len();
        if weight > self.budget / 4 {
            return;
        }
        let mut kept = self.lock();
        if kept.version != version {
            kept.answers.clear();
            kept.bytes = 0;
            kept.version = version;
        }
        if let Some(old) = kept.answers.put(key.clone(), answer) {
            kept.bytes -= key.len() + old.len();
        }
        kept.bytes += weight;
        while kept.bytes > self.budget {
            match kept.answers.pop_lru() {
                Some((k, v)) => kept.bytes -= k.len() + v.len(),
                None => kept.bytes = 0,
            }
        }
    }

    /// How many answers are kept, and their bytes with their keys.
    pub fn size(&self) -> (usize, usize) {
        let kept = self.lock();
        (kept.answers.len(), kept.bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_answers_of_one_version_within_its_budget() {
        let c = ReadCache::with_budget(1000);
        c.put(1, "a".into(), Bytes::from(vec![0; 100]));
        assert_eq!(c.get(1, "a").map(|b| b.len()), Some(100));
        // Another version: nothing kept is its answer.
        assert_eq!(c.get(2, "a"), None);
        // Too big to keep (over a quarter of the budget).
        c.put(1, "big".into(), Bytes::from(vec![0; 300]));
        assert_eq!(c.get(1, "big"), None);
        // Filled past the budget: the least recently used go first.
        for k in ["b", "c", "d", "e", "f", "g", "h", "i", "j"] {
            c.put(1, k.into(), Bytes::from(vec![0; 200]));
            let (_, bytes) = c.size();
            assert!(bytes <= 1000, "{bytes} bytes kept");
        }
        assert_eq!(c.get(1, "a"), None);
        assert!(c.get(1, "j").is_some());
        // The same key again replaces its answer and its weight.
        c.put(1, "j".into(), Bytes::from(vec![1; 10]));
        assert_eq!(c.get(1, "j").map(|b| b.len()), Some(10));
        // A newer version drops the rest.
        c.put(2, "z".into(), Bytes::from(vec![0; 10]));
        assert_eq!(c.size(), (1, 11));
        assert_eq!(c.get(1, "j"), None);
    }
}
