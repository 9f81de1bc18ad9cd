//! The layout engine of the step drawings: turns an [`Illustration`] (the data in each flow's
//! `illustrations.toml`) into shapes with pixel positions and CSS classes, which the component
//! turns into SVG. It wraps or shrinks text by an estimate of its width (see [`super::text`])
//! so that long German or French labels stay inside the screen, and lists what did not fit for
//! the tests. Each element kind has its own method on the `Drawer`.

use super::text::{SAFETY, text_width, wrap};
use crate::domain::illustration::{
    Biometric, ButtonStyle, Element, Frame, Icon, Illustration, Toggle,
};

/// Width and height of the SVG's viewBox for a device frame.
pub fn frame_size(frame: Frame) -> (f32, f32) {
    match frame {
        Frame::Iphone | Frame::Android => (300.0, 600.0),
        Frame::Windows | Frame::Mac => (640.0, 420.0),
        Frame::SecurityKey => (480.0, 200.0),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
}

impl Anchor {
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
        }
    }
}

/// Lines of text; `y` is the first line's baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct TextBlock {
    pub x: f32,
    pub y: f32,
    pub size: f32,
    pub line_height: f32,
    pub bold: bool,
    pub anchor: Anchor,
    pub lines: Vec<String>,
    pub class: &'static str,
}

/// A shape of the drawing. Colours come from the CSS class, so light and dark mode need no
/// second drawing.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        r: f32,
        class: &'static str,
    },
    Circle {
        cx: f32,
        cy: f32,
        r: f32,
        class: &'static str,
    },
    /// Path data built from numbers only.
    Path {
        d: String,
        class: &'static str,
    },
    /// One of the [`Icon`] glyphs, moved to (x, y) and scaled from its 24 × 24 box.
    Glyph {
        d: &'static str,
        x: f32,
        y: f32,
        scale: f32,
        class: &'static str,
    },
    Text(TextBlock),
}

/// A laid-out drawing: its viewBox size, its shapes in painting order, and what did not fit.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawing {
    pub width: f32,
    pub height: f32,
    pub shapes: Vec<Shape>,
    /// Labels that had to be cut or content that runs off the screen, for the tests.
    pub problems: Vec<String>,
}

impl Drawing {
    /// Every text line drawn, in order.
    pub fn texts(&self) -> impl Iterator<Item = &TextBlock> {
        self.shapes.iter().filter_map(|s| match s {
            Shape::Text(t) => Some(t),
            _ => None,
        })
    }
}

/// A number for an SVG attribute: at most one decimal, no trailing `.0`.
pub fn num(v: f32) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Rect {
    x: f32,
    y: f32,
    w: f32,
    h: f32,
    r: f32,
}

/// Where elements are stacked.
#[derive(Debug, Clone, Copy)]
struct Column {
    x: f32,
    w: f32,
    bottom: f32,
    in_panel: bool,
}

/// How a label may be fitted: its largest and smallest size and most lines.
#[derive(Debug, Clone, Copy)]
struct Fit {
    size: f32,
    min: f32,
    lines: usize,
    bold: bool,
}

struct Fitted {
    size: f32,
    lines: Vec<String>,
}

impl Fitted {
    fn line_height(&self) -> f32 {
        self.size * 1.25
    }

    fn height(&self) -> f32 {
        self.lines.len() as f32 * self.line_height()
    }
}

struct Drawer<'a> {
    frame: Frame,
    t: &'a dyn Fn(&str) -> String,
    shapes: Vec<Shape>,
    problems: Vec<String>,
    target: Option<Rect>,
}

/// Lays out a drawing with the words `t` gives for its keys.
pub fn layout(ill: &Illustration, t: &dyn Fn(&str) -> String) -> Drawing {
    let frame = ill.frame;
    let (width, height) = frame_size(frame);
    let mut d = Drawer {
        frame,
        t,
        shapes: Vec::new(),
        problems: Vec::new(),
        target: None,
    };
    let browser = matches!(ill.elements.first(), Some(Element::AddressBar { .. }));
    let (col, top) = d.device(browser);
    let split = ill
        .elements
        .iter()
        .position(Element::is_panel)
        .unwrap_or(ill.elements.len());
    let (page, panel) = ill.elements.split_at(split);
    let end = d.stack(page, col, top);
    if end > col.bottom + 0.5 {
        d.problems.push(format!(
            "the screen's content ends at {} below its bottom {}",
            num(end),
            num(col.bottom)
        ));
    }
    if let Some((head, rest)) = panel.split_first() {
        d.panel(head, rest);
    }
    d.ring();
    Drawing {
        width,
        height,
        shapes: d.shapes,
        problems: d.problems,
    }
}

impl Drawer<'_> {
    fn rect(&mut self, r: Rect, class: &'static str) {
        self.shapes.push(Shape::Rect {
            x: r.x,
            y: r.y,
            w: r.w,
            h: r.h,
            r: r.r,
            class,
        });
    }

    fn r(&mut self, x: f32, y: f32, w: f32, h: f32, r: f32, class: &'static str) {
        self.rect(Rect { x, y, w, h, r }, class);
    }

    fn circle(&mut self, cx: f32, cy: f32, r: f32, class: &'static str) {
        self.shapes.push(Shape::Circle { cx, cy, r, class });
    }

    fn path(&mut self, d: String, class: &'static str) {
        self.shapes.push(Shape::Path { d, class });
    }

    fn text(
        &mut self,
        x: f32,
        top: f32,
        f: Fitted,
        anchor: Anchor,
        bold: bool,
        class: &'static str,
    ) {
        let lh = f.line_height();
        self.shapes.push(Shape::Text(TextBlock {
            x,
            // The middle of the first line box, moved down to where the letters sit.
            y: top + lh / 2.0 + 0.35 * f.size,
            size: f.size,
            line_height: lh,
            bold,
            anchor,
            lines: f.lines,
            class,
        }));
    }

    /// The label for `key` in the largest size from `fit.size` down to `fit.min` at which it
    /// takes at most `fit.lines` lines of `max_w`, if there is one.
    fn try_fit(&self, key: &str, max_w: f32, fit: Fit) -> Option<Fitted> {
        let text = (self.t)(key);
        let mut size = fit.size;
        while size >= fit.min - 0.01 {
            if let Some(lines) = wrap(&text, max_w * SAFETY, size, fit.bold)
                && lines.len() <= fit.lines
            {
                return Some(Fitted { size, lines });
            }
            size -= 0.5;
        }
        None
    }

    /// Like [`Self::try_fit`]; if the label does not fit, it is cut into lines at the smallest
    /// size and the problem recorded (the tests fail on it).
    fn fit(&mut self, key: &str, max_w: f32, fit: Fit) -> Fitted {
        if let Some(f) = self.try_fit(key, max_w, fit) {
            return f;
        }
        let text = (self.t)(key);
        self.problems.push(format!(
            "{key}: “{text}” does not fit {} lines of {} at size {}",
            fit.lines,
            num(max_w),
            num(fit.min)
        ));
        let avail = max_w * SAFETY;
        let mut lines = Vec::new();
        let mut line = String::new();
        for c in text.chars() {
            if !line.is_empty() && text_width(&format!("{line}{c}"), fit.min, fit.bold) > avail {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
        lines.push(line);
        Fitted {
            size: fit.min,
            lines,
        }
    }

    /// The device around the screen; returns the page column and where content starts.
    fn device(&mut self, browser: bool) -> (Column, f32) {
        match self.frame {
            Frame::Iphone | Frame::Android => {
                self.r(2.0, 2.0, 296.0, 596.0, 42.0, "ill-device");
                self.r(10.0, 10.0, 280.0, 580.0, 34.0, "ill-screen");
                if self.frame == Frame::Iphone {
                    self.r(114.0, 20.0, 72.0, 20.0, 10.0, "ill-device");
                    self.r(100.0, 575.0, 100.0, 5.0, 2.5, "ill-status");
                } else {
                    self.circle(150.0, 28.0, 6.0, "ill-device");
                    self.r(115.0, 576.0, 70.0, 4.0, 2.0, "ill-status");
                }
                // Clock, signal and battery, without numbers.
                self.r(28.0, 23.0, 30.0, 9.0, 4.5, "ill-status");
                self.path(
                    "M222 33h4v-4h-4zM229 33h4v-7h-4zM236 33h4v-10h-4z".into(),
                    "ill-status",
                );
                self.r(246.0, 23.0, 24.0, 10.0, 3.0, "ill-status");
                (
                    Column {
                        x: 24.0,
                        w: 252.0,
                        bottom: 566.0,
                        in_panel: false,
                    },
                    48.0,
                )
            }
            Frame::Windows | Frame::Mac => {
                self.r(20.0, 4.0, 600.0, 386.0, 16.0, "ill-device");
                self.r(32.0, 16.0, 576.0, 362.0, 4.0, "ill-screen");
                self.path(
                    "M0 392h640v5a11 11 0 0 1-11 11H11A11 11 0 0 1 0 397z".into(),
                    "ill-device",
                );
                self.r(276.0, 392.0, 88.0, 5.0, 2.5, "ill-status");
                // The window's title bar.
                self.r(32.0, 16.0, 576.0, 30.0, 4.0, "ill-chrome");
                if self.frame == Frame::Mac {
                    for cx in [50.0, 67.0, 84.0] {
                        self.circle(cx, 31.0, 5.5, "ill-status");
                    }
                } else {
                    self.path(
                        "M538 31h10M562 26h10v10h-10zM586 26l10 10M596 26l-10 10".into(),
                        "ill-stroke",
                    );
                }
                if browser {
                    // Left navigation of the Microsoft account pages, as placeholders.
                    for (i, w) in [64.0, 78.0, 56.0, 70.0, 60.0].into_iter().enumerate() {
                        let y = 96.0 + i as f32 * 26.0;
                        let class = if i == 1 {
                            "ill-accent"
                        } else {
                            "ill-placeholder"
                        };
                        self.r(48.0, y, w, 8.0, 4.0, class);
                    }
                    (
                        Column {
                            x: 148.0,
                            w: 440.0,
                            bottom: 366.0,
                            in_panel: false,
                        },
                        92.0,
                    )
                } else {
                    (
                        Column {
                            x: 56.0,
                            w: 528.0,
                            bottom: 366.0,
                            in_panel: false,
                        },
                        60.0,
                    )
                }
            }
            Frame::SecurityKey => {
                self.r(0.0, 0.0, 480.0, 200.0, 16.0, "ill-screen");
                (
                    Column {
                        x: 40.0,
                        w: 400.0,
                        bottom: 200.0,
                        in_panel: false,
                    },
                    20.0,
                )
            }
        }
    }

    fn stack(&mut self, els: &[Element], col: Column, mut y: f32) -> f32 {
        for e in els {
            y = self.element(e, col, y);
        }
        y
    }

    fn target(&mut self, highlight: bool, r: Rect) {
        if highlight {
            self.target = Some(r);
        }
    }

    fn phone_or(&self, phone: f32, computer: f32) -> f32 {
        if self.frame.is_phone() {
            phone
        } else {
            computer
        }
    }

    fn element(&mut self, e: &Element, col: Column, y: f32) -> f32 {
        match e {
            Element::AddressBar { url } => self.address_bar(url, col, y),
            Element::AppBar {
                label,
                back,
                back_label,
            } => self.app_bar(label.as_deref(), *back, back_label.as_deref(), col, y),
            Element::Heading { label } => self.heading(label, col, y),
            Element::Text { label: Some(k), .. } => self.body_text(k, col, y),
            Element::Text { label: None, lines } => self.placeholder_lines(*lines, col, y),
            Element::Section { label } => self.section(label, col, y),
            Element::Row {
                label,
                icon,
                toggle,
                check,
                chevron,
                highlight,
            } => {
                let row = RowSpec {
                    label: label.as_deref(),
                    icon: *icon,
                    toggle: *toggle,
                    check: *check,
                    chevron: *chevron,
                    highlight: *highlight,
                };
                self.row(row, col, y)
            }
            Element::Button {
                label,
                style,
                highlight,
            } => self.button(label, *style, *highlight, col, y),
            Element::AppListing {
                label,
                button,
                highlight,
            } => self.app_listing(label, button.as_deref(), *highlight, col, y),
            Element::Qr { highlight } => self.qr(*highlight, col, y),
            Element::Biometric { method, highlight } => self.biometric(*method, *highlight, col, y),
            Element::SecurityKey { highlight } => self.security_key(*highlight, col, y),
            Element::Sheet { .. } | Element::Dialog { .. } => y,
        }
    }

    /// A screen's large title.
    fn heading(&mut self, label: &str, col: Column, y: f32) -> f32 {
        let Column { x, w, .. } = col;
        let f = self.fit(
            label,
            w,
            Fit {
                size: 22.0,
                min: 14.0,
                lines: 2,
                bold: true,
            },
        );
        let h = f.height();
        self.text(x, y, f, Anchor::Start, true, "ill-text");
        y + h + 10.0
    }

    /// Body text: left-aligned on the screen, centred in a sheet or dialog.
    fn body_text(&mut self, label: &str, col: Column, y: f32) -> f32 {
        let Column { x, w, .. } = col;
        let f = self.fit(
            label,
            w,
            Fit {
                size: 13.0,
                min: 10.0,
                lines: 4,
                bold: false,
            },
        );
        let h = f.height();
        let anchor = if col.in_panel {
            Anchor::Middle
        } else {
            Anchor::Start
        };
        let tx = if col.in_panel { x + w / 2.0 } else { x };
        self.text(tx, y, f, anchor, false, "ill-muted");
        y + h + 10.0
    }

    /// Grey bars standing for text that does not matter at this step.
    fn placeholder_lines(&mut self, lines: u8, col: Column, y: f32) -> f32 {
        let Column { x, w, .. } = col;
        let fractions = [1.0, 0.86, 0.62, 0.74];
        for (i, frac) in fractions.iter().take(usize::from(lines)).enumerate() {
            let bw = w * frac;
            let bx = if col.in_panel { x + (w - bw) / 2.0 } else { x };
            self.r(
                bx,
                y + 2.0 + i as f32 * 14.0,
                bw,
                8.0,
                4.0,
                "ill-placeholder",
            );
        }
        y + f32::from(lines) * 14.0 + 8.0
    }

    /// A list section's header.
    fn section(&mut self, label: &str, col: Column, y: f32) -> f32 {
        let Column { x, w, .. } = col;
        let f = self.fit(
            label,
            w - 8.0,
            Fit {
                size: 12.0,
                min: 10.0,
                lines: 2,
                bold: false,
            },
        );
        let h = f.height();
        self.text(x + 4.0, y + 4.0, f, Anchor::Start, false, "ill-muted");
        y + h + 10.0
    }

    /// A QR code on a white card, centred.
    fn qr(&mut self, highlight: bool, col: Column, y: f32) -> f32 {
        let Column { x, w, .. } = col;
        let s = self.phone_or(120.0, 100.0);
        let bx = x + (w - s - 12.0) / 2.0;
        let frame = Rect {
            x: bx,
            y,
            w: s + 12.0,
            h: s + 12.0,
            r: 6.0,
        };
        self.rect(frame, "ill-qr-bg");
        self.path(qr_path(bx + 6.0, y + 6.0, s), "ill-qr");
        self.target(highlight, frame);
        y + s + 12.0 + 12.0
    }

    /// The unlock prompt's glyph in a rounded tile, centred.
    fn biometric(&mut self, method: Biometric, highlight: bool, col: Column, y: f32) -> f32 {
        let Column { x, w, .. } = col;
        let s = 56.0;
        let cx = x + w / 2.0;
        let frame = Rect {
            x: cx - s / 2.0,
            y,
            w: s,
            h: s,
            r: 14.0,
        };
        let icon = match method {
            Biometric::Face => Icon::Face,
            Biometric::Fingerprint => Icon::Fingerprint,
            Biometric::Pin => Icon::Pin,
            Biometric::TouchKey => Icon::Usb,
        };
        self.icon(icon, cx, y + s / 2.0, 22.0, "ill-glyph");
        self.target(highlight, frame);
        y + s + 12.0
    }

    /// A USB security key with its touch sensor, centred.
    fn security_key(&mut self, highlight: bool, col: Column, y: f32) -> f32 {
        let Column { x, w, .. } = col;
        // Drawn at 1.4 times a 230 × 88 key, centred.
        let k = 1.4;
        let kw = 230.0 * k;
        let kx = x + (w - kw) / 2.0;
        let mut part = |dx: f32, dy: f32, pw: f32, ph: f32, r: f32, class| {
            self.r(kx + dx * k, y + dy * k, pw * k, ph * k, r * k, class);
        };
        part(0.0, 24.0, 48.0, 40.0, 4.0, "ill-metal");
        part(10.0, 34.0, 10.0, 8.0, 1.0, "ill-device");
        part(10.0, 46.0, 10.0, 8.0, 1.0, "ill-device");
        part(44.0, 0.0, 186.0, 88.0, 24.0, "ill-key");
        self.circle(kx + 204.0 * k, y + 44.0 * k, 9.0 * k, "ill-screen");
        self.circle(kx + 134.0 * k, y + 44.0 * k, 22.0 * k, "ill-sensor");
        self.circle(kx + 134.0 * k, y + 44.0 * k, 13.0 * k, "ill-sensor-ring");
        self.target(
            highlight,
            Rect {
                x: kx,
                y,
                w: kw,
                h: 88.0 * k,
                r: 24.0 * k,
            },
        );
        y + 88.0 * k + 16.0
    }

    fn address_bar(&mut self, url: &str, col: Column, y: f32) -> f32 {
        let (bx, by, bw, bh) = if self.frame.is_phone() {
            (col.x, y, col.w, 30.0)
        } else {
            (44.0, 52.0, 552.0, 28.0)
        };
        self.r(bx, by, bw, bh, bh / 2.0, "ill-field");
        let size = if text_width(url, 12.0, false) + 40.0 < bw {
            12.0
        } else {
            self.problems.push(format!("address {url} is too long"));
            10.0
        };
        // A padlock before the address.
        let lx = bx + bw / 2.0 - text_width(url, size, false) / 2.0 - 12.0;
        let ly = by + bh / 2.0;
        self.r(lx - 4.0, ly - 1.0, 8.0, 6.0, 1.0, "ill-muted-fill");
        self.path(
            format!(
                "M{} {}v-2.5a3 3 0 0 1 6 0v2.5",
                num(lx - 3.0),
                num(ly - 1.0)
            ),
            "ill-muted-stroke",
        );
        self.text(
            bx + bw / 2.0,
            by + (bh - size * 1.25) / 2.0,
            Fitted {
                size,
                lines: vec![url.to_owned()],
            },
            Anchor::Middle,
            false,
            "ill-muted",
        );
        if self.frame.is_phone() {
            y + bh + 14.0
        } else {
            y
        }
    }

    fn app_bar(
        &mut self,
        label: Option<&str>,
        back: bool,
        back_label: Option<&str>,
        col: Column,
        y: f32,
    ) -> f32 {
        let Column { x, w, .. } = col;
        match self.frame {
            Frame::Iphone => {
                const TITLE: Fit = Fit {
                    size: 16.0,
                    min: 11.0,
                    lines: 2,
                    bold: true,
                };
                let has_back = back || back_label.is_some();
                if has_back {
                    self.path(
                        format!("M{} {}l-7 8 7 8", num(x + 8.0), num(y + 14.0)),
                        "ill-accent-stroke",
                    );
                }
                let back_fit = Fit {
                    size: 15.0,
                    min: 10.0,
                    lines: 1,
                    bold: false,
                };
                // The title is centred between the back button and its mirror image. Like iOS,
                // drop the back button's label when the title needs the room.
                let back_text = back_label.and_then(|k| self.try_fit(k, 78.0, back_fit));
                let side_for = |b: Option<&Fitted>| match b {
                    Some(f) => 14.0 + text_width(&f.lines[0], f.size, false) + 8.0,
                    None if has_back => 22.0,
                    None => 12.0,
                };
                let title = label.map(|k| {
                    let wide = self.try_fit(k, w - 2.0 * side_for(back_text.as_ref()), TITLE);
                    (k, wide)
                });
                let back_text = match &title {
                    Some((_, None)) => None,
                    _ => back_text,
                };
                let title_w = w - 2.0 * side_for(back_text.as_ref());
                if let Some(f) = back_text {
                    let top = y + 22.0 - f.line_height() / 2.0;
                    self.text(x + 14.0, top, f, Anchor::Start, false, "ill-accent-text");
                }
                let h = match title {
                    Some((k, fitted)) => {
                        let f = match fitted {
                            Some(f) => f,
                            None => self.fit(k, title_w, TITLE),
                        };
                        let h = (f.height() + 14.0).max(44.0);
                        let top = y + (h - f.height()) / 2.0;
                        self.text(x + w / 2.0, top, f, Anchor::Middle, true, "ill-text");
                        h
                    }
                    None => {
                        self.r(
                            x + w / 2.0 - 40.0,
                            y + 17.0,
                            80.0,
                            10.0,
                            5.0,
                            "ill-placeholder",
                        );
                        44.0
                    }
                };
                y + h + 8.0
            }
            Frame::Android => {
                let tx = if back {
                    self.path(
                        format!(
                            "M{} {}h-15M{} {}l-7 7 7 7",
                            num(x + 18.0),
                            num(y + 26.0),
                            num(x + 10.0),
                            num(y + 19.0)
                        ),
                        "ill-text-stroke",
                    );
                    x + 34.0
                } else {
                    x
                };
                let h = match label {
                    Some(k) => {
                        let f = self.fit(
                            k,
                            x + w - tx,
                            Fit {
                                size: 20.0,
                                min: 13.0,
                                lines: 3,
                                bold: false,
                            },
                        );
                        let h = (f.height() + 18.0).max(52.0);
                        let top = y + (h - f.height()) / 2.0;
                        self.text(tx, top, f, Anchor::Start, false, "ill-text");
                        h
                    }
                    None => {
                        self.r(tx, y + 21.0, 110.0, 10.0, 5.0, "ill-placeholder");
                        52.0
                    }
                };
                y + h + 8.0
            }
            Frame::Windows | Frame::Mac | Frame::SecurityKey => {
                let tx = if back {
                    self.path(
                        format!("M{} {}l-7 8 7 8", num(x + 8.0), num(y + 8.0)),
                        "ill-text-stroke",
                    );
                    x + 22.0
                } else {
                    x
                };
                let h = match label {
                    Some(k) => {
                        let f = self.fit(
                            k,
                            x + w - tx,
                            Fit {
                                size: 22.0,
                                min: 14.0,
                                lines: 2,
                                bold: true,
                            },
                        );
                        let h = f.height().max(28.0);
                        self.text(tx, y, f, Anchor::Start, true, "ill-text");
                        h
                    }
                    None => {
                        self.r(tx, y + 8.0, 140.0, 12.0, 6.0, "ill-placeholder");
                        28.0
                    }
                };
                y + h + 12.0
            }
        }
    }

    fn row(&mut self, spec: RowSpec<'_>, col: Column, y: f32) -> f32 {
        let Column { x, w, .. } = col;
        let right = match (spec.toggle, spec.check, spec.chevron) {
            (Some(_), _, _) => 62.0,
            (None, true, _) => 36.0,
            (None, false, true) => 28.0,
            _ => 14.0,
        };
        let lx = x + if spec.icon.is_some() { 50.0 } else { 14.0 };
        let label_w = x + w - right - lx;
        let base = self.phone_or(15.0, 14.0);
        let (fitted, h) = match spec.label {
            Some(k) => {
                let f = self.fit(
                    k,
                    label_w,
                    Fit {
                        size: base,
                        min: 10.5,
                        lines: 3,
                        bold: false,
                    },
                );
                let h = (f.height() + 18.0).max(self.phone_or(46.0, 40.0));
                (Some(f), h)
            }
            None => (None, self.phone_or(46.0, 40.0)),
        };
        let frame = Rect {
            x,
            y,
            w,
            h,
            r: 10.0,
        };
        self.rect(frame, "ill-row");
        let mid = y + h / 2.0;
        if let Some(icon) = spec.icon {
            self.r(x + 10.0, mid - 15.0, 30.0, 30.0, 8.0, "ill-icon-tile");
            self.icon(icon, x + 25.0, mid, 9.0, "ill-icon");
        }
        match fitted {
            Some(f) => {
                let top = mid - f.height() / 2.0;
                self.text(lx, top, f, Anchor::Start, false, "ill-text");
            }
            None => {
                let bw = (label_w * 0.6).min(150.0);
                self.r(lx, mid - 4.5, bw, 9.0, 4.5, "ill-placeholder");
            }
        }
        let ax = x + w - 14.0;
        match (spec.toggle, spec.check, spec.chevron) {
            (Some(t), _, _) => {
                let (track, knob) = match t {
                    Toggle::On => ("ill-toggle-on", ax - 11.0),
                    Toggle::Off => ("ill-toggle-off", ax - 33.0),
                };
                self.r(ax - 44.0, mid - 13.0, 44.0, 26.0, 13.0, track);
                self.circle(knob, mid, 10.0, "ill-knob");
            }
            (None, true, _) => self.path(
                format!("M{} {}l5 5 10-11", num(ax - 16.0), num(mid)),
                "ill-accent-stroke",
            ),
            (None, false, true) => self.path(
                format!("M{} {}l6 6-6 6", num(ax - 6.0), num(mid - 6.0)),
                "ill-muted-stroke",
            ),
            _ => {}
        }
        self.target(spec.highlight, frame);
        y + h + 6.0
    }

    fn button(
        &mut self,
        key: &str,
        style: ButtonStyle,
        highlight: bool,
        col: Column,
        y: f32,
    ) -> f32 {
        let Column { x, w, in_panel, .. } = col;
        let f = self.fit(
            key,
            w - 24.0,
            Fit {
                size: 15.0,
                min: 11.0,
                lines: 2,
                bold: true,
            },
        );
        let text_w = f
            .lines
            .iter()
            .map(|l| text_width(l, f.size, true))
            .fold(0.0, f32::max);
        if style == ButtonStyle::Link {
            let h = f.height() + 8.0;
            let ring_w = (text_w + 8.0).min(w + 4.0);
            // In a sheet the link is centred, on a page it starts at the column's edge.
            let (tx, anchor, ring_x) = if in_panel {
                (x + w / 2.0, Anchor::Middle, x + (w - ring_w) / 2.0)
            } else {
                (x, Anchor::Start, x - 4.0)
            };
            self.target(
                highlight,
                Rect {
                    x: ring_x,
                    y,
                    w: ring_w,
                    h,
                    r: 6.0,
                },
            );
            self.text(tx, y + 4.0, f, anchor, true, "ill-accent-text");
            return y + h + 6.0;
        }
        let h = (f.height() + 16.0).max(40.0);
        // On a computer's page (not in a dialog) buttons are as wide as their label.
        let bw = if self.frame.is_computer() && !in_panel {
            (text_w + 48.0).clamp(120.0, w)
        } else {
            w
        };
        let r = match self.frame {
            Frame::Android => h / 2.0,
            Frame::Iphone => 12.0,
            _ => 6.0,
        };
        let frame = Rect { x, y, w: bw, h, r };
        let (box_class, text_class) = match style {
            ButtonStyle::Primary => ("ill-button", "ill-on-accent"),
            _ => ("ill-button-secondary", "ill-accent-text"),
        };
        self.rect(frame, box_class);
        let top = y + (h - f.height()) / 2.0;
        self.text(x + bw / 2.0, top, f, Anchor::Middle, true, text_class);
        self.target(highlight, frame);
        y + h + 8.0
    }

    fn app_listing(
        &mut self,
        key: &str,
        button: Option<&str>,
        highlight: bool,
        col: Column,
        y: f32,
    ) -> f32 {
        let Column { x, w, .. } = col;
        self.r(x, y, 64.0, 64.0, 15.0, "ill-icon-tile");
        self.icon(Icon::Shield, x + 32.0, y + 32.0, 20.0, "ill-glyph");
        let tx = x + 78.0;
        let f = self.fit(
            key,
            x + w - tx,
            Fit {
                size: 17.0,
                min: 12.0,
                lines: 2,
                bold: true,
            },
        );
        let th = f.height();
        self.text(tx, y, f, Anchor::Start, true, "ill-text");
        let mut bottom = (y + th + 14.0).max(y + 64.0);
        self.r(tx, y + th + 4.0, 90.0, 8.0, 4.0, "ill-placeholder");
        if let Some(k) = button {
            let f = self.fit(
                k,
                x + w - tx - 24.0,
                Fit {
                    size: 14.0,
                    min: 10.0,
                    lines: 1,
                    bold: true,
                },
            );
            let bw = (text_width(&f.lines[0], f.size, true) + 32.0).max(72.0);
            let by = (y + th + 20.0).max(y + 36.0);
            let frame = Rect {
                x: tx,
                y: by,
                w: bw,
                h: 28.0,
                r: 14.0,
            };
            self.rect(frame, "ill-button");
            let top = by + (28.0 - f.height()) / 2.0;
            self.text(tx + bw / 2.0, top, f, Anchor::Middle, true, "ill-on-accent");
            self.target(highlight, frame);
            bottom = bottom.max(by + 28.0);
        }
        bottom + 14.0
    }

    /// A sheet or dialog over the dimmed screen, with the elements after it inside.
    fn panel(&mut self, head: &Element, els: &[Element]) {
        let (title, icon, sheet) = match head {
            Element::Sheet { title, icon } => (title.as_deref(), *icon, true),
            Element::Dialog { title, icon } => (title.as_deref(), *icon, false),
            _ => return,
        };
        let (px, pw, pad) = match (self.frame.is_phone(), sheet) {
            (true, true) => (10.0, 280.0, 18.0),
            (true, false) => (22.0, 256.0, 16.0),
            _ => (150.0, 340.0, 18.0),
        };
        // Lay the panel out once to learn its height, then again in its place.
        let measure = {
            let mut probe = Drawer {
                frame: self.frame,
                t: self.t,
                shapes: Vec::new(),
                problems: Vec::new(),
                target: None,
            };
            probe.panel_content(title, icon, els, px + pad, pw - 2.0 * pad, 0.0)
        };
        let bottom_pad = if sheet && self.frame.is_phone() {
            30.0
        } else {
            pad
        };
        let h = measure + pad + bottom_pad;
        let (screen_top, screen_bottom) = if self.frame.is_phone() {
            (10.0, 590.0)
        } else {
            (46.0, 378.0)
        };
        let top = if sheet && self.frame.is_phone() {
            screen_bottom - h
        } else {
            (screen_top + screen_bottom) / 2.0 - h / 2.0
        };
        let margin = if self.frame.is_phone() { 30.0 } else { 6.0 };
        if top < screen_top + margin {
            self.problems.push(format!(
                "the sheet is {} high, more than the screen holds",
                num(h)
            ));
        }
        if self.frame.is_phone() {
            self.r(10.0, 10.0, 280.0, 580.0, 34.0, "ill-dim");
        } else {
            self.r(32.0, 16.0, 576.0, 362.0, 4.0, "ill-dim");
        }
        let r = if sheet && self.frame.is_phone() {
            24.0
        } else {
            12.0
        };
        self.r(px, top, pw, h, r, "ill-panel");
        self.panel_content(title, icon, els, px + pad, pw - 2.0 * pad, top + pad);
    }

    /// Draws the panel's content from `y`; returns its height.
    fn panel_content(
        &mut self,
        title: Option<&str>,
        icon: Option<Icon>,
        els: &[Element],
        x: f32,
        w: f32,
        y0: f32,
    ) -> f32 {
        let mut y = y0;
        if let Some(i) = icon {
            self.r(x + w / 2.0 - 22.0, y, 44.0, 44.0, 12.0, "ill-icon-tile");
            self.icon(i, x + w / 2.0, y + 22.0, 13.0, "ill-icon");
            y += 54.0;
        }
        if let Some(k) = title {
            let f = self.fit(
                k,
                w,
                Fit {
                    size: 17.0,
                    min: 12.0,
                    lines: 3,
                    bold: true,
                },
            );
            let h = f.height();
            self.text(x + w / 2.0, y, f, Anchor::Middle, true, "ill-text");
            y += h + 12.0;
        }
        let col = Column {
            x,
            w,
            bottom: f32::MAX,
            in_panel: true,
        };
        let end = self.stack(els, col, y);
        // The last element's bottom margin is the panel's padding.
        (end - 6.0 - y0).max(0.0)
    }

    /// The ring around the thing to tap: a thick dashed outline and a dot on its corner, so it
    /// shows without colour too.
    fn ring(&mut self) {
        let Some(t) = self.target else { return };
        self.r(
            t.x - 4.0,
            t.y - 4.0,
            t.w + 8.0,
            t.h + 8.0,
            t.r + 4.0,
            "ill-ring",
        );
        let (w, h) = frame_size(self.frame);
        let cx = (t.x + t.w + 2.0).min(w - 12.0);
        let cy = (t.y + t.h + 2.0).min(h - 12.0);
        self.circle(cx, cy, 9.0, "ill-tap");
    }

    /// A line glyph centred on (cx, cy), `s` from the centre to its edge.
    fn icon(&mut self, icon: Icon, cx: f32, cy: f32, s: f32, class: &'static str) {
        let scale = s / GLYPH_HALF;
        self.shapes.push(Shape::Glyph {
            d: glyph(icon),
            x: cx - GLYPH_CENTRE * scale,
            y: cy - GLYPH_CENTRE * scale,
            scale,
            class,
        });
    }
}

/// Glyphs are drawn in a 24 × 24 box, within 10 of its centre.
const GLYPH_CENTRE: f32 = 12.0;
const GLYPH_HALF: f32 = 10.0;

/// The icon's outline in its 24 × 24 box, drawn with a stroke and no fill.
pub fn glyph(icon: Icon) -> &'static str {
    match icon {
        Icon::Key => "M3.5 12a4 4 0 1 0 8 0a4 4 0 1 0-8 0M11.5 12H21.5M17 12v4M20.5 12v3",
        Icon::Person => "M8.2 8a3.8 3.8 0 1 0 7.6 0a3.8 3.8 0 1 0-7.6 0M4.5 21a7.5 7 0 0 1 15 0",
        Icon::Phone => {
            "M8 2.5h8a2 2 0 0 1 2 2v15a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2v-15a2 2 0 0 1 2-2zM10.5 18h3"
        }
        Icon::Usb => {
            "M8.5 10h7a1.5 1.5 0 0 1 1.5 1.5v8a1.5 1.5 0 0 1-1.5 1.5h-7A1.5 1.5 0 0 1 7 19.5v-8\
             A1.5 1.5 0 0 1 8.5 10zM9.5 10V3h5v7M10.5 15.5a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0"
        }
        Icon::Shield => {
            "M12 2.5l7.5 3v5c0 5-3.5 8.5-7.5 10.5C8 19 4.5 15.5 4.5 10.5v-5z\
             M9.8 11a2.2 2.2 0 1 0 4.4 0a2.2 2.2 0 1 0-4.4 0"
        }
        Icon::Cloud => "M7 18h10.5a4 4 0 0 0 .5-8a5.5 5.5 0 0 0-10.6-1.2A4.5 4.5 0 0 0 7 18z",
        Icon::Bluetooth => "M7 7.5l10 9-5 4.5V3l5 4.5-10 9",
        Icon::Computer => {
            "M4 4.5h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1v-10a1 1 0 0 1 1-1zM2 20h20"
        }
        Icon::Face => {
            "M3 8V4.5A1.5 1.5 0 0 1 4.5 3H8M16 3h3.5A1.5 1.5 0 0 1 21 4.5V8M21 16v3.5\
             a1.5 1.5 0 0 1-1.5 1.5H16M8 21H4.5A1.5 1.5 0 0 1 3 19.5V16M9 9v2M15 9v2M9 15.5q3 2.5 6 0"
        }
        Icon::Fingerprint => {
            "M3 10.5a9.5 9.5 0 0 1 18 0M5 15a7 7 0 0 1 14 0v2M8 16a4 4 0 0 1 8 0v4M12 16v5"
        }
        Icon::Pin => {
            "M5 11a1.2 1.2 0 1 0 2.4 0a1.2 1.2 0 1 0-2.4 0M9 11a1.2 1.2 0 1 0 2.4 0\
             a1.2 1.2 0 1 0-2.4 0M13 11a1.2 1.2 0 1 0 2.4 0a1.2 1.2 0 1 0-2.4 0\
             M17 11a1.2 1.2 0 1 0 2.4 0a1.2 1.2 0 1 0-2.4 0M3 16.5h18"
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct RowSpec<'a> {
    label: Option<&'a str>,
    icon: Option<Icon>,
    toggle: Option<Toggle>,
    check: bool,
    chevron: bool,
    highlight: bool,
}

/// A made-up QR code of 21×21 modules: the three finder squares and a fixed scatter of dots.
fn qr_path(x: f32, y: f32, size: f32) -> String {
    const N: usize = 21;
    let m = size / N as f32;
    let finder = |r: usize, c: usize| -> Option<bool> {
        for (fr, fc) in [(0, 0), (0, N - 7), (N - 7, 0)] {
            if (fr..fr + 7).contains(&r) && (fc..fc + 7).contains(&c) {
                let (i, j) = (r - fr, c - fc);
                let ring = i == 0 || i == 6 || j == 0 || j == 6;
                let core = (2..=4).contains(&i) && (2..=4).contains(&j);
                return Some(ring || core);
            }
            // The white separator around each finder.
            if (fr.saturating_sub(1)..=fr + 7).contains(&r)
                && (fc.saturating_sub(1)..=fc + 7).contains(&c)
            {
                return Some(false);
            }
        }
        None
    };
    let mut seed: u32 = 0x9e37_79b9;
    let mut d = String::new();
    for r in 0..N {
        let mut c = 0;
        while c < N {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let dark = finder(r, c).unwrap_or(seed % 5 < 2);
            if !dark {
                c += 1;
                continue;
            }
            let start = c;
            while c + 1 < N && finder(r, c + 1) == Some(true) {
                c += 1;
            }
            c += 1;
            d.push_str(&format!(
                "M{} {}h{}v{}h-{}z",
                num(x + start as f32 * m),
                num(y + r as f32 * m),
                num((c - start) as f32 * m),
                num(m),
                num((c - start) as f32 * m)
            ));
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.345), "12.3");
        assert_eq!(num(-0.04), "0");
    }

    #[test]
    fn the_qr_code_has_its_three_finder_squares() {
        let d = qr_path(0.0, 0.0, 21.0);
        // The top-left finder's first row is one run of seven modules.
        assert!(d.starts_with("M0 0h7v1h-7z"), "{}", &d[..40]);
        assert!(d.contains("M14 0h7v1h-7z"));
        assert!(d.contains("M0 14h7v1h-7z"));
    }
}
