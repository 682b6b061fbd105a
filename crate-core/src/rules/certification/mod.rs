//! HCTC 造血細胞移植コーディネーター (seed 002) and 細胞治療認定管理師 (seed 000).
pub mod cell_therapy;
pub mod hctc;
