//! Tests of the site builder without a browser: escaping, determinism, links.
