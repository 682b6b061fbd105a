//! Rule families, one folder each; the path says where a rule comes from.
//!
//! Each calculator declares its dated, cited parameter table (`PARAMS`), its input schema
//! (`SCHEMA`), `parse` and `compute`, and through `calculator!` its entry points: `evaluate` /
//! `TYPED` (the typed result, for the web pages) and `evaluate_json` / `CALCULATOR` (the JSON
//! answer, for the API and the cases). The list of them all is `crate::registry`.

pub mod advanced;
pub mod certification;
pub mod insurance;
pub mod jmdp;
pub mod patient;
pub mod pharmacist;
pub mod requirement;
pub mod tax;
