#!/bin/sh
# Install clerk-tui for this user from the wheels beside this script: no network and no
# administrator rights. Needs Python 3.11, 3.12 or 3.13. Run again to upgrade.
#
#   sh install.sh            (PYTHON=/path/to/python3 sh install.sh to choose a Python)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
wheels="$here/wheels"
data="${XDG_DATA_HOME:-$HOME/.local/share}/clerk-tui"
bin="$HOME/.local/bin"

fail() { echo "clerk-tui install: $*" >&2; exit 1; }

python=""
for candidate in ${PYTHON:-} python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" > /dev/null 2>&1 && "$candidate" -c \
        'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 13))' 2> /dev/null; then
        python=$(command -v "$candidate")
        break
    fi
done
[ -n "$python" ] || fail "no Python 3.11, 3.12 or 3.13 found; install one, or set PYTHON=/path/to/python3"

wheel=$(ls "$wheels"/clerk_tui-*.whl 2> /dev/null | head -n 1)
[ -n "$wheel" ] || fail "no clerk_tui wheel in $wheels; is this the offline folder?"
version=$(basename "$wheel" | cut -d- -f2)
extras=$(cat "$here/extras.txt" 2> /dev/null || true)

# A fresh environment per version: the one in use stays until the new one works.
venv="$data/venv-$version"
rm -rf "$venv"
mkdir -p "$data" "$bin"
if ! "$python" -m venv "$venv" > /dev/null 2>&1; then
    # Debian and Ubuntu split ensurepip out of Python: make the environment without pip
    # and run the pip wheel shipped in this folder.
    rm -rf "$venv"
    "$python" -m venv --without-pip "$venv" || fail "cannot create a virtual environment with $python"
fi
pip_wheel=$(ls "$wheels"/pip-*.whl 2> /dev/null | head -n 1)
run_pip() {
    if "$venv/bin/python" -c 'import pip' 2> /dev/null; then
        "$venv/bin/python" -m pip "$@"
    elif [ -n "$pip_wheel" ]; then
        "$venv/bin/python" "$pip_wheel/pip" "$@"
    else
        fail "$python has no pip and this folder has no pip wheel"
    fi
}
# Only this folder is looked in: no index, and no pip configuration from the machine.
export PIP_CONFIG_FILE=/dev/null
run_pip install --quiet --disable-pip-version-check --no-index \
    --find-links "$wheels" "clerk-tui${extras}==$version" \
    || fail "installing from $wheels failed (see above); nothing was changed"

ln -sf "$venv/bin/clerk" "$bin/clerk"
for old in "$data"/venv-*; do
    [ "$old" = "$venv" ] || rm -rf "$old"
done

case ":$PATH:" in
    *":$bin:"*) ;;
    *)
        line="export PATH=\"\$HOME/.local/bin:\$PATH\"  # added by clerk-tui install.sh"
        for profile in "$HOME/.profile" "$HOME/.bash_profile" "$HOME/.zprofile"; do
            if [ -f "$profile" ] || [ "$profile" = "$HOME/.profile" ]; then
                grep -qs "added by clerk-tui" "$profile" || echo "$line" >> "$profile"
            fi
        done
        echo "Added $bin to your PATH in your shell profile: open a new terminal."
        ;;
esac
echo "Installed clerk-tui $version for $(id -un) with $("$python" --version): type clerk to start."
