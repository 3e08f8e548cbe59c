#!/usr/bin/env bash
# Builds (or reuses) the mediasoup worker binary offline, against Debian's libraries, and prints its absolute
# path as the LAST line of stdout. Everything else goes to stderr, so callers can do:
#   export MEDIASOUP_WORKER_BIN="$(bash scripts/mediasoup-worker.sh | tail -1)"
# Why: `npm install mediasoup` downloads a prebuilt worker or meson wraps from GitHub, unreachable offline.
# Recipe: docs in sfu/README.md. Needs the Debian packages:
#   g++ meson ninja-build pkg-config libssl-dev libuv1-dev libusrsctp-dev libabsl-dev
#   flatbuffers-compiler libflatbuffers-dev dpkg-dev
# and, for `apt-get source libsrtp2`, a deb-src entry for the machine's suite (scripts/apt-deb-src.sh adds one;
# then apt-get update). libsrtp is built from Debian's source package against OpenSSL (Debian's binary package
# uses NSS) and linked statically; its source files are pinned by version and sha256 and kept in the cache, so
# later builds need no network.
# The binary is cached outside the clone, keyed by the mediasoup version and a hash of this script and its
# helper files (scripts/mediasoup/), so CI and later runs skip the 5-8 minute build.
set -euo pipefail

MEDIASOUP_VERSION=3.19.3
LIBSRTP_DEB_VERSION=2.5.0-3
# sha256 of the source package's files. dpkg-source warns that it cannot check the .dsc's signature (no
# debian-keyring here): these pins stand in for it, and apt checked the archive's signed index on download.
LIBSRTP_SHA256S='3b77c17dc1cf3135fbdaaf4cb0c5f4ae69793dd4cea63b9e466286e7687c861e  libsrtp2_2.5.0-3.dsc
8a43ef8e9ae2b665292591af62aa1a4ae41e468b6d98d8258f91478735da4e09  libsrtp2_2.5.0.orig.tar.gz
3a3cafa12033d32cd0d5ad4d78f102bc6d998f7d67a17f262c436d0734865af4  libsrtp2_2.5.0-3.debian.tar.xz'
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
helpers="$here/mediasoup"

log() { printf '[mediasoup-worker] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

hash="$(cd "$here" && { cat mediasoup-worker.sh; find mediasoup -type f | LC_ALL=C sort | xargs cat; } |
  sha256sum | cut -c1-12)"
cache_root="$(realpath -m "${TELEMED_CACHE_DIR:-$HOME/.cache/telemed}")"
cache_dir="$cache_root/mediasoup-worker-$MEDIASOUP_VERSION-$hash"
bin="$cache_dir/mediasoup-worker"

mkdir -p "$cache_root"
# One build at a time per machine (CI and the start script may race).
exec 9>"$cache_root/mediasoup-worker.lock"
flock 9

if [[ -x "$bin" ]]; then
  log "cached: $bin"
  printf '%s\n' "$bin"
  exit 0
fi

for tool in g++ meson ninja pkg-config flatc npm dpkg-source; do
  command -v "$tool" >/dev/null || die "missing '$tool' (see the apt-get package list at the top of this script)"
done
for pc in libssl libcrypto libuv usrsctp flatbuffers absl_flat_hash_map absl_strings absl_optional; do
  pkg-config --exists "$pc" || die "missing pkg-config module '$pc' (install the -dev packages listed above)"
done

work="$(mktemp -d "$cache_root/mediasoup-build.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# libsrtp's Debian source package: from the cache when its checksums match, else through apt (deb-src).
srtp_src="$cache_root/libsrtp2-source-$LIBSRTP_DEB_VERSION"
if ! (cd "$srtp_src" 2>/dev/null && sha256sum --quiet --strict -c - <<<"$LIBSRTP_SHA256S" >/dev/null 2>&1); then
  log "fetching libsrtp2 $LIBSRTP_DEB_VERSION source with apt-get source"
  download="$work/libsrtp2-source"
  mkdir -p "$download"
  (cd "$download" && apt-get source --download-only "libsrtp2=$LIBSRTP_DEB_VERSION" >&2) ||
    die "apt-get source libsrtp2=$LIBSRTP_DEB_VERSION failed: add a deb-src entry (bash scripts/apt-deb-src.sh as root) and run apt-get update"
  (cd "$download" && sha256sum --strict -c - <<<"$LIBSRTP_SHA256S" >&2) ||
    die "libsrtp2 source package does not match the pinned sha256"
  rm -rf "$srtp_src"
  mv "$download" "$srtp_src"
fi
log "building mediasoup $MEDIASOUP_VERSION worker in $work (takes 5-8 minutes on 2 cores)"

# `npm pack` fetches the registry tarball and runs no install scripts.
(cd "$work" && npm pack --silent "mediasoup@$MEDIASOUP_VERSION" >&2)
tar -xzf "$work/mediasoup-$MEDIASOUP_VERSION.tgz" -C "$work"
worker="$work/package/worker"

# 1. Local stand-ins for the subprojects meson would otherwise download (wingetopt is Windows-only).
for name in openssl libuv libsrtp3 usrsctp abseil-cpp catch2 flatbuffers liburing; do
  wrap="$worker/subprojects/$name.wrap"
  [[ -f "$wrap" ]] || die "unexpected source layout: $wrap not found"
  dir="$(sed -n 's/^directory *= *//p' "$wrap")"
  [[ -n "$dir" ]] || die "no 'directory =' in $wrap"
  mkdir -p "$worker/subprojects/$dir"
  cp -R "$helpers/subprojects/$name/." "$worker/subprojects/$dir/"
done

# Unpacked as the worker's `libsrtp2` subproject (with Debian's patches); the libsrtp3 stand-in builds it.
dpkg-source -x "$srtp_src/libsrtp2_$LIBSRTP_DEB_VERSION.dsc" "$worker/subprojects/libsrtp2" >&2
[[ -f "$worker/subprojects/libsrtp2/meson.build" ]] || die "libsrtp2 source has no meson.build"

# 2. Debian 12 has meson 1.0.1, which builds this worker fine; relax the declared minimum.
sed -i "s/meson_version: '>= 1.1.0'/meson_version: '>= 1.0.0'/" "$worker/meson.build"
grep -q "meson_version: '>= 1.0.0'" "$worker/meson.build" || die "meson version patch did not apply"

# 3. Real crash fix: onSslBioOut compared operationType == BIO_CB_RETURN, but OpenSSL passes
#    BIO_CB_RETURN|BIO_CB_WRITE/CTRL, so the callback returned 1 for BIO_ctrl(BIO_CTRL_GET_KTLS_SEND); with
#    Debian's KTLS-enabled OpenSSL libssl then believes the memory BIO does KTLS, never allocates its write
#    buffer and every DTLS handshake SIGSEGVs in do_dtls1_write. Test the flag with a mask instead.
dtls="$worker/src/RTC/DtlsTransport.cpp"
sed -i 's/(operationType == BIO_CB_RETURN) ? static_cast<long>(ret) : 1/(operationType \& BIO_CB_RETURN) ? static_cast<long>(ret) : 1/' "$dtls"
grep -q '(operationType & BIO_CB_RETURN) ? static_cast<long>(ret) : 1' "$dtls" || die "DtlsTransport BIO fix did not apply"
! grep -q '(operationType == BIO_CB_RETURN)' "$dtls" || die "DtlsTransport still has the unmasked BIO_CB_RETURN test"

# 4. Configure and build. Generated flatbuffers headers first: some versions miss that ordering.
build="$worker/out/Release/build"
(cd "$worker" && meson setup "$build" --wrap-mode=nodownload --buildtype=release \
  -Db_ndebug=true -Dms_disable_liburing=true >&2)
fbs_target="$(cd "$build" && ninja -t targets all 2>/dev/null | sed -n 's/^\(fbs\/FBS[^:]*\):.*/\1/p' | head -1)"
if [[ -n "$fbs_target" ]]; then
  ninja -C "$build" "$fbs_target" >&2
fi
ninja -C "$build" mediasoup-worker >&2

[[ -x "$build/mediasoup-worker" ]] || die "build finished without a mediasoup-worker binary"
# Smoke check: the worker must at least start and exit on a bad invocation without missing libraries.
if ldd "$build/mediasoup-worker" | grep -q 'not found'; then
  die "worker links against missing libraries: $(ldd "$build/mediasoup-worker" | grep 'not found')"
fi
# libsrtp must be the static OpenSSL build, not Debian's NSS-based shared library.
if ldd "$build/mediasoup-worker" | grep -Eq 'libsrtp2|libnss3'; then
  die "worker links Debian's libsrtp2/NSS instead of the OpenSSL build: $(ldd "$build/mediasoup-worker" | grep -E 'libsrtp2|libnss3')"
fi
grep -aq 'AES-128 GCM using openssl' "$build/mediasoup-worker" ||
  die "worker has no OpenSSL AES-GCM cipher from libsrtp"

mkdir -p "$cache_dir"
cp "$build/mediasoup-worker" "$bin.tmp"
mv "$bin.tmp" "$bin"
log "built: $bin"
printf '%s\n' "$bin"
