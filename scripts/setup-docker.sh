#!/usr/bin/env bash
# Stand up what the integration tests need on a Debian 12 machine as root:
# the Docker engine, the buildx plugin (packaged only from Debian 13 on), and
# arm64 user-mode emulation. Safe to run again: every step checks first.
set -euo pipefail

log() { printf 'setup-docker: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

[ "$(id -u)" = 0 ] || die "run as root (it installs packages and starts dockerd)"
export DEBIAN_FRONTEND=noninteractive

apt_updated=""
apt_update_once() {
  if [ -z "$apt_updated" ]; then
    apt-get update -qq
    apt_updated=1
  fi
}

need_pkgs=()
command -v dockerd >/dev/null 2>&1 || need_pkgs+=(docker.io)
[ -e /usr/bin/qemu-aarch64-static ] || need_pkgs+=(qemu-user-static)
command -v update-binfmts >/dev/null 2>&1 || need_pkgs+=(binfmt-support)
# A registry the tests start on loopback, to prove publish-after-verify.
command -v docker-registry >/dev/null 2>&1 || need_pkgs+=(docker-registry)
if [ "${#need_pkgs[@]}" -gt 0 ]; then
  log "installing ${need_pkgs[*]}"
  apt_update_once
  apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
fi

# The buildx plugin: Debian 13 packages it and it needs only libc6 >= 2.34, so
# fetch that one package through a temporary sources list that reuses the
# mirror this machine already names.
buildx_ok() { docker buildx version >/dev/null 2>&1; }
if ! buildx_ok; then
  mirror=""
  if [ -r /etc/apt/sources.list.d/debian.sources ]; then
    mirror=$(awk '/^URIs:/ { for (i = 2; i <= NF; i++) if ($i !~ /security/) { print $i; exit } }' \
      /etc/apt/sources.list.d/debian.sources)
  fi
  if [ -z "$mirror" ] && [ -r /etc/apt/sources.list ]; then
    mirror=$(awk '$1 == "deb" && $2 !~ /security/ { print $2; exit }' /etc/apt/sources.list)
  fi
  [ -n "$mirror" ] || die "no Debian mirror found in /etc/apt/sources.list.d/debian.sources or /etc/apt/sources.list"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/lists/partial" "$tmp/archives/partial"
  printf 'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] %s trixie main\n' "$mirror" >"$tmp/trixie.list"
  apt_opts=(-o "Dir::Etc::SourceList=$tmp/trixie.list" -o "Dir::Etc::SourceParts=-"
    -o "Dir::State::Lists=$tmp/lists" -o "Dir::Cache::Archives=$tmp/archives" -o "APT::Get::List-Cleanup=0")
  log "fetching docker-buildx from Debian 13 (trixie)"
  apt-get "${apt_opts[@]}" update -qq || die "apt-get update of the trixie list failed (is the Debian mirror reachable?)"
  (cd "$tmp" && apt-get "${apt_opts[@]}" download docker-buildx) || die "could not download docker-buildx from trixie"
  dpkg -i --force-depends "$tmp"/docker-buildx_*.deb >/dev/null || die "dpkg could not install docker-buildx"
  # The client here may look for plugins elsewhere than Debian's path.
  mkdir -p /usr/local/lib/docker/cli-plugins
  if [ -x /usr/libexec/docker/cli-plugins/docker-buildx ] && [ ! -e /usr/local/lib/docker/cli-plugins/docker-buildx ]; then
    ln -s /usr/libexec/docker/cli-plugins/docker-buildx /usr/local/lib/docker/cli-plugins/docker-buildx
  fi
  buildx_ok || die "docker buildx still not available after installing docker-buildx"
fi

# arm64 emulation through binfmt_misc.
if [ ! -e /proc/sys/fs/binfmt_misc/status ]; then
  mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc || die "could not mount binfmt_misc"
fi
if [ ! -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]; then
  update-binfmts --enable qemu-aarch64 >/dev/null 2>&1 || true
fi
if [ ! -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]; then
  update-binfmts --import qemu-aarch64 >/dev/null 2>&1 || true
  update-binfmts --enable qemu-aarch64 >/dev/null 2>&1 || true
fi
[ -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ] || die "qemu-aarch64 is not registered with binfmt_misc"

# The engine.
if ! docker info >/dev/null 2>&1; then
  log "starting dockerd"
  mkdir -p /var/log
  nohup dockerd >/var/log/dockerd.log 2>&1 &
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && break
    sleep 1
  done
  docker info >/dev/null 2>&1 || die "dockerd did not come up within 60 s; see /var/log/dockerd.log"
fi

platforms=$(docker buildx ls 2>/dev/null || true)
grep -q 'linux/arm64' <<<"$platforms" || die "docker buildx ls does not list linux/arm64 (is qemu-aarch64 registered with the F flag?):
$platforms"
log "ready: $(docker version --format 'engine {{.Server.Version}}') $(docker buildx version | awk '{print "buildx", $2}'), linux/arm64 emulated"
