/** A Yandex Maps link with a pin at the point (Yandex takes `pt` as longitude,latitude). */
export const mapLink = (location: { latitude: number; longitude: number }) =>
  `https://yandex.ru/maps/?pt=${location.longitude},${location.latitude}&z=16`;
