//! Yew components and view functions, one per file, thin: they render model
//! values and dispatch actions. Decisions belong in `model`.
//!
//! Only what holds state or runs effects is a component (`App`, `MetricCard`,
//! `TimelineView`, `ListView`, which share `selection::use_selection`);
//! the rest are plain functions returning `Html`, because every component
//! type adds its own copy of Yew's lifecycle code to the wasm.

mod app;
mod compare;
mod error_view;
mod funnel;
mod item_detail;
mod list_view;
mod metric_card;
mod overview;
mod review_header;
mod selection;
mod shared;
mod theme_group;
mod timeline_text;
mod timeline_view;
mod toolbar;
mod view_body;

pub use app::{App, AppProps, Opening};
pub use error_view::error_view;
pub use metric_card::{MetricCard, MetricProps};
pub use selection::ItemsProps;
pub use shared::{EditionRef, LaidOutRef, ReviewRef};
pub use timeline_text::{TimelineText, TimelineTextProps};
pub use timeline_view::{TimelineProps, TimelineView};
// The studio's preview shows the widget's own view body (src/studio/preview.rs).
pub use view_body::{view_body, LayoutKey};
