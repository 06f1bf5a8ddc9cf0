# Shared by the bench's shell scripts (footprint.sh, cold-start.sh), sourced, not run: start and stop a stack of
# `./plaza up --no-build` with the caller's $ROOT, $PLAZA_DATA_DIR and up_options array.

# Starts the stack with its output in "$1" and returns once it prints "Plaza is up"; exits with the end of that
# output if the launcher ends first. Sets $launcher to the launcher's pid.
start_stack() {
  mkdir -p "$PLAZA_DATA_DIR"
  "$ROOT/plaza" up --no-build "${up_options[@]+"${up_options[@]}"}" >"$1" 2>&1 &
  launcher=$!
  until grep -q '^Plaza is up' "$1"; do
    if ! kill -0 "$launcher" 2>/dev/null; then
      echo "$(basename "$0"): ./plaza up exited before it was up; its output:" >&2
      tail -n 30 "$1" >&2
      exit 1
    fi
    sleep 0.1
  done
}

# Stops the stack started by start_stack and waits for its launcher.
stop_stack() {
  "$ROOT/plaza" down "${up_options[@]+"${up_options[@]}"}" >/dev/null
  wait "$launcher" || true
}
