//! Seeders.
