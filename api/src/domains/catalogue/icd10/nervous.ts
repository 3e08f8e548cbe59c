import { icd } from './types.js';

/** Chapter VI (G00–G99): headache, sleep, neuropathies and the chronic conditions neurologists follow. */
export const nervous = [
  icd('G20', 'Болезнь Паркинсона', 'Parkinson disease'),
  icd('G24.3', 'Спастическая кривошея', 'Spasmodic torticollis'),
  icd(
    'G25.8',
    'Другие уточнённые экстрапирамидные и двигательные нарушения',
    'Other specified extrapyramidal and movement disorders',
  ),
  icd('G30.9', 'Болезнь Альцгеймера неуточнённая', 'Alzheimer disease, unspecified'),
  icd('G35', 'Рассеянный склероз', 'Multiple sclerosis'),
  icd('G40.9', 'Эпилепсия неуточнённая', 'Epilepsy, unspecified'),
  icd('G43.0', 'Мигрень без ауры [простая мигрень]', 'Migraine without aura [common migraine]'),
  icd('G43.1', 'Мигрень с аурой [классическая мигрень]', 'Migraine with aura [classical migraine]'),
  icd('G43.9', 'Мигрень неуточнённая', 'Migraine, unspecified'),
  icd('G44.0', 'Синдром «гистаминовой» головной боли', 'Cluster headache syndrome'),
  icd('G44.2', 'Головная боль напряжённого типа', 'Tension-type headache'),
  icd(
    'G44.4',
    'Головная боль, вызванная применением лекарственных средств, не классифицированная в других рубриках',
    'Drug-induced headache, not elsewhere classified',
  ),
  icd(
    'G45.9',
    'Транзиторная церебральная ишемическая атака неуточнённая',
    'Transient cerebral ischaemic attack, unspecified',
  ),
  icd(
    'G47.0',
    'Нарушения засыпания и поддержания сна [бессонница]',
    'Disorders of initiating and maintaining sleep [insomnias]',
  ),
  icd('G47.3', 'Апноэ во сне', 'Sleep apnoea'),
  icd('G50.0', 'Невралгия тройничного нерва', 'Trigeminal neuralgia'),
  icd('G51.0', 'Паралич Белла', 'Bell palsy'),
  icd(
    'G54.2',
    'Поражения шейных корешков, не классифицированные в других рубриках',
    'Cervical root disorders, not elsewhere classified',
  ),
  icd(
    'G54.4',
    'Поражения пояснично-крестцовых корешков, не классифицированные в других рубриках',
    'Lumbosacral root disorders, not elsewhere classified',
  ),
  icd('G56.0', 'Синдром запястного канала', 'Carpal tunnel syndrome'),
  icd('G62.9', 'Полиневропатия неуточнённая', 'Polyneuropathy, unspecified'),
  icd('G63.2', 'Диабетическая полиневропатия', 'Diabetic polyneuropathy'),
  icd('G80.9', 'Детский церебральный паралич неуточнённый', 'Infantile cerebral palsy, unspecified'),
  icd(
    'G90.8',
    'Другие расстройства вегетативной [автономной] нервной системы',
    'Other disorders of autonomic nervous system',
  ),
  icd(
    'G90.9',
    'Расстройство вегетативной [автономной] нервной системы неуточнённое',
    'Disorder of autonomic nervous system, unspecified',
  ),
  icd('G93.2', 'Доброкачественная внутричерепная гипертензия', 'Benign intracranial hypertension'),
  icd('G93.3', 'Синдром утомляемости после перенесённой вирусной болезни', 'Postviral fatigue syndrome'),
];
