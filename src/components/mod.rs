//! Yew function components, one per file, thin: they render model values and
//! dispatch actions. Decisions belong in `model`.

mod app;
mod compare;
mod error_view;
mod funnel;
mod metric_card;
mod overview;
mod review_header;
mod shared;
mod theme_group;
mod toolbar;

pub use app::App;
pub use compare::{Compare, CompareProps};
pub use error_view::{ErrorProps, ErrorView};
pub use funnel::{FunnelProps, FunnelView};
pub use metric_card::{MetricCard, MetricProps};
pub use overview::{Overview, OverviewProps};
pub use review_header::{HeaderProps, ReviewHeader};
pub use shared::ReviewRef;
pub use theme_group::{ThemeGroup, ThemeProps};
pub use toolbar::{Toolbar, ToolbarProps};
