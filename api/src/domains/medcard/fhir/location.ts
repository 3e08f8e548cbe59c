import type { Location } from '@medplum/fhirtypes';
import type { Row } from './query.js';

export function locationResource(l: Row<'locations'>): Location & { id: string } {
  return {
    resourceType: 'Location',
    id: l.id,
    name: l.name.ru,
    address: { text: l.address.ru, city: l.city.ru },
    position: { latitude: l.latitude, longitude: l.longitude },
  };
}
