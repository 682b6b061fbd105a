//! The day the encoded version of the 細則 took effect: every row of the tables starts on it.

use crate::date::{ymd, Date};

/// 第25条第2項: the first revision (adding 第26条・第27条) is implemented from 2019-04-01.
pub const SEED_FROM: Date = ymd(2019, 4, 1);
