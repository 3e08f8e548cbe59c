import { error, redirect } from '@sveltejs/kit';
import { findingFacts, readTriageResult } from '@telemed/web-shared/server';
import { childNamed, loadAnamnesis, type AnamnesisView } from '$lib/server/anamnesis';
import type { PageServerLoad } from './$types';

/**
 * The one-step hand-off to booking, with the questionnaire attached: the urgent queue for "within 24 hours",
 * the planned booking otherwise. Emergencies get no link at all: they must call, not book.
 */
function bookingLink(view: AnamnesisView) {
  const booking = view.booking;
  if (!booking || booking.mode === 'emergency' || !booking.specialty || !booking.format) return null;
  const query = new URLSearchParams({
    patientId: view.patientId,
    specialty: booking.specialty,
    format: booking.format,
    anamnesisId: view.id,
  });
  return {
    mode: booking.mode,
    note: booking.note,
    href: `/${booking.mode === 'urgent_queue' ? 'urgent' : 'book'}?${query}`,
  };
}

export const load: PageServerLoad = async ({ locals, params }) => {
  const view = await loadAnamnesis(locals.api, params.id);
  if (view.status !== 'completed') redirect(303, `/check/${view.id}`);
  const result = readTriageResult(view.result);
  if (!result) error(502);
  const [facts, child] = await Promise.all([
    findingFacts(locals.api, view.modelVersion),
    childNamed(locals.api, view.patientId),
  ]);
  return {
    id: view.id,
    complaintText: view.complaintText,
    result,
    child,
    booking: bookingLink(view),
    units: Object.fromEntries(
      result.findings.measurements.flatMap((f) => {
        const unit = facts.measured.get(f.findingId)?.unit;
        return unit ? [[f.findingId, unit]] : [];
      }),
    ),
  };
};
