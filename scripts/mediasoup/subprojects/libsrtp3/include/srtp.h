/*
 * Adapter: mediasoup 3.19 is written against its libsrtp 3 fork; Debian 12 ships libsrtp 2.5.
 * This header sits first on the worker's include path as <srtp.h>, includes the 2.5 header and adds
 * C++ overloads for the 3.x calls the worker makes:
 *  - srtp_protect / srtp_unprotect / srtp_protect_rtcp / srtp_unprotect_rtcp with separate in/out
 *    buffers and size_t lengths (2.5 works in place with an int length),
 *  - srtp_stream_remove (2.5: srtp_remove_stream, same network-order SSRC),
 *  - the two error codes 3.x added, which 2.5 never returns.
 */
#ifndef TELEMED_SRTP3_ADAPTER_H
#define TELEMED_SRTP3_ADAPTER_H

#include <srtp2/srtp.h>

#ifdef __cplusplus
#include <climits>
#include <cstddef>
#include <cstdint>
#include <cstring>

constexpr srtp_err_status_t srtp_err_status_buffer_small = static_cast<srtp_err_status_t>(28);
constexpr srtp_err_status_t srtp_err_status_cryptex_err = static_cast<srtp_err_status_t>(29);

namespace telemed_srtp3
{
	// Copies `in` to `out` (when they differ) and checks the out buffer can hold the result plus trailer.
	inline bool Prepare(const uint8_t* in, size_t inLen, uint8_t* out, size_t outCap, size_t trailer)
	{
		if (inLen > static_cast<size_t>(INT_MAX) || outCap < inLen + trailer)
			return false;
		if (in != out)
			std::memmove(out, in, inLen);
		return true;
	}
} // namespace telemed_srtp3

inline srtp_err_status_t srtp_protect(
  srtp_t ctx, const uint8_t* rtp, size_t rtpLen, uint8_t* srtp, size_t* srtpLen, size_t mkiIndex)
{
	if (!telemed_srtp3::Prepare(rtp, rtpLen, srtp, *srtpLen, SRTP_MAX_TRAILER_LEN))
		return srtp_err_status_buffer_small;
	int len = static_cast<int>(rtpLen);
	const srtp_err_status_t err = mkiIndex
	                                ? srtp_protect_mki(ctx, srtp, &len, 1, static_cast<unsigned int>(mkiIndex))
	                                : srtp_protect(ctx, srtp, &len);
	if (err == srtp_err_status_ok)
		*srtpLen = static_cast<size_t>(len);
	return err;
}

inline srtp_err_status_t srtp_unprotect(
  srtp_t ctx, const uint8_t* srtp, size_t srtpLen, uint8_t* rtp, size_t* rtpLen)
{
	if (!telemed_srtp3::Prepare(srtp, srtpLen, rtp, *rtpLen, 0))
		return srtp_err_status_buffer_small;
	int len = static_cast<int>(srtpLen);
	const srtp_err_status_t err = srtp_unprotect(ctx, rtp, &len);
	if (err == srtp_err_status_ok)
		*rtpLen = static_cast<size_t>(len);
	return err;
}

inline srtp_err_status_t srtp_protect_rtcp(
  srtp_t ctx, const uint8_t* rtcp, size_t rtcpLen, uint8_t* srtcp, size_t* srtcpLen, size_t mkiIndex)
{
	if (!telemed_srtp3::Prepare(rtcp, rtcpLen, srtcp, *srtcpLen, SRTP_MAX_TRAILER_LEN + 4 /* E flag + SRTCP index */))
		return srtp_err_status_buffer_small;
	int len = static_cast<int>(rtcpLen);
	const srtp_err_status_t err =
	  mkiIndex ? srtp_protect_rtcp_mki(ctx, srtcp, &len, 1, static_cast<unsigned int>(mkiIndex))
	           : srtp_protect_rtcp(ctx, srtcp, &len);
	if (err == srtp_err_status_ok)
		*srtcpLen = static_cast<size_t>(len);
	return err;
}

inline srtp_err_status_t srtp_unprotect_rtcp(
  srtp_t ctx, const uint8_t* srtcp, size_t srtcpLen, uint8_t* rtcp, size_t* rtcpLen)
{
	if (!telemed_srtp3::Prepare(srtcp, srtcpLen, rtcp, *rtcpLen, 0))
		return srtp_err_status_buffer_small;
	int len = static_cast<int>(srtcpLen);
	const srtp_err_status_t err = srtp_unprotect_rtcp(ctx, rtcp, &len);
	if (err == srtp_err_status_ok)
		*rtcpLen = static_cast<size_t>(len);
	return err;
}

inline srtp_err_status_t srtp_stream_remove(srtp_t session, uint32_t ssrc)
{
	return srtp_remove_stream(session, ssrc);
}
#endif /* __cplusplus */

#endif /* TELEMED_SRTP3_ADAPTER_H */
