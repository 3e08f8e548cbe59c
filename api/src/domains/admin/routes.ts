import { createRouter } from '../../http/router.js';
import { requireAdmin } from './access.js';
import { auditLogAdminRoutes } from './audit-log.js';
import { clinicImportRoutes } from './clinic-import.js';
import { policyAdminRoutes } from './policies.js';
import { practitionerAdminRoutes } from './practitioners.js';
import { programmeAdminRoutes } from './programmes.js';
import { scheduleAdminRoutes } from './schedules.js';
import { sfuNodeAdminRoutes } from './sfu-nodes.js';

/**
 * The admin console's api: every route is for the admin role only and none returns clinical content (no
 * diagnoses, notes, readings or anamnesis; people appear with their administrative data only).
 */
const router = createRouter();
// Before any validator: other roles get 403 whatever they send, not a 400 about their body.
router.use('/admin/*', async (c, next) => {
  requireAdmin(c);
  await next();
});

export const adminRoutes = router
  .route('/', practitionerAdminRoutes)
  .route('/', scheduleAdminRoutes)
  .route('/', programmeAdminRoutes)
  .route('/', policyAdminRoutes)
  .route('/', sfuNodeAdminRoutes)
  .route('/', auditLogAdminRoutes)
  .route('/', clinicImportRoutes);
