# Sourced by the scripts: the project's own wasm-opt (npm binaryen 132) must
# come before any system one on PATH, because trunk finds tools by name.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
