/**
 * Who to call in a mental-health crisis, shown by every crisis condition and every suicide/self-harm red flag, so
 * the numbers are the same wherever they appear. No one in crisis is left alone: NICE NG225 Self-harm (2022);
 * WHO mhGAP Intervention Guide 2.0 (2016). Lines: Russia's single emergency number 112 (ambulance 103); the free
 * 24/7 all-Russia helpline for children, teenagers and parents 8-800-2000-122; Moscow's psychological emergency
 * line 051 (+7 495 051 from a mobile); EMERCOM psychological help 8-495-989-50-50; in the UK 999 or 111 and the
 * Samaritans 116 123.
 */
export const CRISIS_LINES = {
  ru: 'Вы не одни. Если есть риск прямо сейчас — звоните 112 (скорая 103). Бесплатная круглосуточная линия психологической помощи детям, подросткам и родителям: 8-800-2000-122; в Москве — 051 (с мобильного +7 495 051); психологическая помощь МЧС: 8-495-989-50-50. В Великобритании: 999 или 111, Samaritans 116 123. Не оставайтесь одни: побудьте рядом с близким человеком, уберите таблетки, острые предметы и всё, чем можно навредить себе.',
  en: 'You are not alone. If there is a risk right now, call 112 (ambulance 103 in Russia). Free 24/7 helpline for children, teenagers and parents in Russia: 8-800-2000-122; in Moscow 051 (+7 495 051 from a mobile); EMERCOM psychological help 8-495-989-50-50. In the UK: 999 or 111, Samaritans 116 123. Do not stay alone: be with someone you trust and put away pills, blades and anything else you could use to harm yourself.',
};
