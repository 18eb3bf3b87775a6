//! Independent work on every core: an ordered parallel map over a slice,
//! with the calling thread working too and no pool kept alive.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The number of threads worth using: the cores this process may use.
fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// `items.iter().map(f)`, in order, spread over the cores when there are at
/// least `min` items. Each thread takes the next unclaimed item, so a slow
/// item does not hold the others back. A thread the OS refuses is simply not
/// used; `None` only when a worker died (a bug), never a shorter list.
pub fn map<T, R, F>(items: &[T], min: usize, f: F) -> Option<Vec<R>>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let threads = if items.len() >= min.max(2) {
        threads().min(items.len())
    } else {
        1
    };
    if threads < 2 {
        return Some(items.iter().map(f).collect());
    }
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<(usize, R)>> = Mutex::new(Vec::with_capacity(items.len()));
    let work = || {
        let mut mine = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else { break };
            mine.push((i, f(item)));
        }
        // A poisoned lock means another worker panicked; its items are
        // missing and the length check below turns that into `None`.
        if let Ok(mut d) = done.lock() {
            d.extend(mine);
        }
    };
    let ok = std::thread::scope(|s| {
        let helpers: Vec<_> = (1..threads)
            .filter_map(|_| std::thread::Builder::new().spawn_scoped(s, work).ok())
            .collect();
        work();
        helpers.into_iter().all(|h| h.join().is_ok())
    });
    let mut done = done.into_inner().ok()?;
    if !ok || done.len() != items.len() {
        return None;
    }
    done.sort_unstable_by_key(|(i, _)| *i);
    Some(done.into_iter().map(|(_, r)| r).collect())
}

#[cfg(test)]
mod tests {
    use super::map;

    #[test]
    fn keeps_order_and_length() {
        let items: Vec<u32> = (0..1000).collect();
        let out = map(&items, 2, |x| x * 2).unwrap();
        assert_eq!(out, items.iter().map(|x| x * 2).collect::<Vec<_>>());
    }

    #[test]
    fn below_min_runs_here() {
        let here = std::thread::current().id();
        let out = map(&[1, 2, 3], 16, |_| std::thread::current().id()).unwrap();
        assert!(out.iter().all(|id| *id == here));
    }

    #[test]
    fn empty_is_empty() {
        let out: Vec<u8> = map(&[] as &[u8], 0, |x| *x).unwrap();
        assert!(out.is_empty());
    }
}
