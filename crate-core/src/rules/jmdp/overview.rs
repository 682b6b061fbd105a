//! STUB — to be implemented.
use crate::envelope::{Errors, Evaluation, FieldError, Msg};
use crate::params::{Ctx, Param};
use serde_json::Value;

pub static PARAMS: &[Param] = &[];

pub fn evaluate_json(_input: &Value, _ctx: &Ctx) -> Result<Evaluation<Value>, Errors> {
    Err(vec![FieldError::new("calculator", "not_implemented", Msg::new("未実装です", "Not implemented yet"))])
}
