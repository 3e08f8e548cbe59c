import { ADULT, n, y, type Cases } from '../table.js';

/** Consciousness, environment, sepsis by age, measured vital signs, petechiae and bleeding. */
export const generalCases: Cases = {
  unresponsive: [
    [ADULT, 'male', y('unresponsive'), true],
    [2, 'female', y('unresponsive'), true],
    [ADULT, 'male', n('unresponsive'), false],
  ],
  new_confusion: [
    [900, 'female', y('confusion'), true],
    [ADULT, 'male', y('lethargy'), true],
    [900, 'female', { confusion: 'unknown' }, false],
    [900, 'female', n('confusion'), false],
  ],
  hypothermia: [
    [ADULT, 'male', { temperature_c: 34.9 }, true],
    [ADULT, 'male', { temperature_c: 35.0 }, false],
    [ADULT, 'male', { temperature_c: 35.1 }, false],
    [ADULT, 'male', y('cold_exposure'), false],
  ],
  heat_stroke: [
    [ADULT, 'male', { ...y('heat_exposure'), temperature_c: 39.9 }, false],
    [ADULT, 'male', { ...y('heat_exposure'), temperature_c: 40.0 }, true],
    [ADULT, 'male', { ...y('heat_exposure'), temperature_c: 40.1 }, true],
    [ADULT, 'male', y('sun_exposure', 'confusion'), true],
    [ADULT, 'male', { temperature_c: 40.5 }, false],
  ],
  drowning: [
    [48, 'male', y('submersion'), true],
    [48, 'male', y('cold_exposure'), false],
  ],
  sepsis: [
    // NG51 respiratory-rate thresholds by age, just below / at / above (infection = fever).
    [11, 'male', { ...y('fever'), respiratory_rate: 59 }, false],
    [11, 'male', { ...y('fever'), respiratory_rate: 60 }, true],
    [12, 'male', { ...y('fever'), respiratory_rate: 59 }, true],
    [35, 'male', { ...y('fever'), respiratory_rate: 49 }, false],
    [35, 'male', { ...y('fever'), respiratory_rate: 50 }, true],
    [36, 'male', { ...y('fever'), respiratory_rate: 40 }, true],
    [36, 'male', { ...y('fever'), respiratory_rate: 39 }, false],
    [60, 'male', { ...y('fever'), respiratory_rate: 29 }, true],
    [60, 'male', { ...y('fever'), respiratory_rate: 28 }, false],
    [72, 'male', { ...y('fever'), respiratory_rate: 27 }, true],
    [72, 'male', { ...y('fever'), respiratory_rate: 26 }, false],
    [96, 'male', { ...y('fever'), respiratory_rate: 25 }, true],
    [ADULT, 'male', { ...y('fever'), respiratory_rate: 24 }, false],
    [ADULT, 'male', { ...y('fever'), respiratory_rate: 25 }, true],
    [ADULT, 'male', { respiratory_rate: 30 }, false],
    // SpO2: under 12 years < 90 %, from 12 years < 92 %.
    [143, 'female', { ...y('fever'), oxygen_saturation: 90 }, false],
    [143, 'female', { ...y('fever'), oxygen_saturation: 89 }, true],
    [144, 'female', { ...y('fever'), oxygen_saturation: 91 }, true],
    [144, 'female', { ...y('fever'), oxygen_saturation: 92 }, false],
    // Temperature below 36 °C counts as an infection sign, 36.0 does not.
    [900, 'female', { temperature_c: 35.9, ...y('mottled_skin') }, true],
    [900, 'female', { temperature_c: 36.0, ...y('mottled_skin') }, false],
    [900, 'female', y('chills', 'confusion'), true],
    [900, 'female', y('feeling_very_unwell', 'little_urine'), true],
    [900, 'female', y('little_urine'), false],
  ],
  child_very_fast_breathing: [
    [59, 'male', { respiratory_rate: 60 }, false],
    [59, 'male', { respiratory_rate: 61 }, true],
    [60, 'male', { respiratory_rate: 61 }, false],
    [1, 'female', { respiratory_rate: 70 }, true],
  ],
  child_fast_breathing: [
    [5, 'male', { respiratory_rate: 55 }, false],
    [6, 'male', { respiratory_rate: 50 }, false],
    [6, 'male', { respiratory_rate: 51 }, true],
    [12, 'male', { respiratory_rate: 40 }, false],
    [12, 'male', { respiratory_rate: 41 }, true],
    [59, 'male', { respiratory_rate: 41 }, true],
    [60, 'male', { respiratory_rate: 45 }, false],
  ],
  low_oxygen_saturation: [
    [ADULT, 'male', { oxygen_saturation: 91 }, true],
    [ADULT, 'male', { oxygen_saturation: 92 }, false],
    [6, 'male', { oxygen_saturation: 91 }, true],
  ],
  borderline_oxygen_saturation: [
    [ADULT, 'male', { oxygen_saturation: 91 }, false],
    [ADULT, 'male', { oxygen_saturation: 92 }, true],
    [ADULT, 'male', { oxygen_saturation: 94 }, true],
    [ADULT, 'male', { oxygen_saturation: 95 }, false],
    [59, 'female', { oxygen_saturation: 95 }, true],
    [59, 'female', { oxygen_saturation: 96 }, false],
    [60, 'female', { oxygen_saturation: 95 }, false],
  ],
  petechiae_child: [
    [72, 'male', y('non_blanching_rash'), true],
    [299, 'female', y('non_blanching_rash'), true],
    [300, 'female', y('non_blanching_rash'), false],
    [72, 'male', y('rash', 'bruising'), false],
  ],
  petechiae_adult: [
    [300, 'female', y('non_blanching_rash'), true],
    [299, 'female', y('non_blanching_rash'), false],
    [ADULT, 'male', y('rash'), false],
  ],
  bleeding_on_anticoagulant: [
    [900, 'female', y('takes_anticoagulants', 'bleeding_gums'), true],
    [900, 'female', y('takes_anticoagulants', 'nosebleed'), true],
    [900, 'female', y('takes_anticoagulants'), false],
    [900, 'female', y('bleeding_gums', 'bruising'), false],
  ],
};
