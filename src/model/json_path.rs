//! The JSON path (`metrics[3].value`) of a position in a JSON text.
//!
//! serde_json reports errors by line and column; editors need the path. A
//! path-tracking deserializer (serde_path_to_error) cost 55 KB of wasm, so
//! instead this small scanner walks the text up to the error and keeps the
//! stack of keys and indices. It never fails: on text it cannot follow it
//! returns the path as far as it got.

#[derive(Debug)]
enum Frame {
    Object { key: Option<String> },
    Array { index: usize },
}

/// The path to the value at `line` and `column` (both 1-based, as serde_json counts).
pub fn path_at(json: &str, line: usize, column: usize) -> String {
    path_before(json, byte_offset(json, line, column))
}

/// The path of the value being read when the first `offset` bytes have been read.
pub fn path_before(json: &str, offset: usize) -> String {
    let bytes = json.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    // Whether the string about to be read is an object key.
    let mut expect_key = false;
    while i < offset.min(bytes.len()) {
        match bytes[i] {
            b'{' => {
                stack.push(Frame::Object { key: None });
                expect_key = true;
            }
            b'[' => {
                stack.push(Frame::Array { index: 0 });
                expect_key = false;
            }
            b'}' | b']' => {
                stack.pop();
                expect_key = false;
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { key }) => {
                    *key = None;
                    expect_key = true;
                }
                None => {}
            },
            b':' => expect_key = false,
            b'"' => {
                let (text, end) = read_string(bytes, i);
                if expect_key {
                    if let Some(Frame::Object { key }) = stack.last_mut() {
                        *key = Some(text);
                    }
                    expect_key = false;
                }
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    render(&stack)
}

fn render(stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match frame {
            Frame::Object { key: Some(key) } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { key: None } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// Reads the string starting at the quote at `start`; returns its text
/// (escapes kept as written, which is enough for keys) and the index after it.
fn read_string(bytes: &[u8], start: usize) -> (String, usize) {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => {
                return (
                    String::from_utf8_lossy(&bytes[start + 1..i]).into_owned(),
                    i + 1,
                )
            }
            _ => i += 1,
        }
    }
    (
        String::from_utf8_lossy(&bytes[(start + 1).min(bytes.len())..]).into_owned(),
        bytes.len(),
    )
}

/// The 1-based line and column (in bytes) of a byte offset.
pub fn line_and_column(json: &str, offset: usize) -> (usize, usize) {
    let before = &json.as_bytes()[..offset.min(json.len())];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let column = before.iter().rev().take_while(|b| **b != b'\n').count() + 1;
    (line, column)
}

/// serde_json's column counts bytes from 1 on the given line.
fn byte_offset(json: &str, line: usize, column: usize) -> usize {
    let line_start: usize = json
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + column).min(json.len())
}
