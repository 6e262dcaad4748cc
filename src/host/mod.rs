//! Everything that touches the page around the widget, in one place, so the
//! rest of the app can be reasoned about (and tested) without a browser. One
//! room per concern; `host::x` names each of their items.

use crate::model::params::Params;
use crate::model::Lang;

mod dom;
mod load;
mod motion;
mod net;
mod page;
mod size;
mod takeover;
mod url;

pub use dom::*;
pub use load::*;
pub use motion::*;
pub use net::*;
pub use page::*;
pub use size::*;
pub use takeover::*;
pub use url::*;
