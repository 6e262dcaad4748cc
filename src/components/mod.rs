//! Yew function components, one per file, thin: they render model values and
//! dispatch actions. Decisions belong in `model`.

mod app;
mod error_view;
mod metric_card;
mod review_view;

pub use app::App;
pub use error_view::{ErrorProps, ErrorView};
pub use metric_card::{MetricCard, MetricProps};
pub use review_view::ReviewView;
