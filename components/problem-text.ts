// A use case's refusal, and a file's problem, in the rep's language: the one mapper from the keys
// of lib/services/result.ts (PROBLEMS) and lib/backup/format.ts (FileProblemKey) to locale strings.
// Used by the options, popup and welcome pages (and the panel can use it: no import beyond types
// and #i18n, so it costs the popup's bundle a few hundred bytes).
//
//   problemText(result.error)          // "Ce prospect n'existe plus…" in a French Relance
//   fileProblemText(read.problems[0])  // "Ce fichier n'est pas une sauvegarde Relance : il n'a pas de date d'export."
import { i18n } from '#i18n';
import type { FileProblemKey, Problem } from '../lib/backup/format';
import type { ProblemKey, ServiceError } from '../lib/services/result';

const text = (value: string | number | undefined) => (value === undefined ? '' : String(value));

/** A service error as a sentence in the rep's language. */
export function problemText(error: Pick<ServiceError, 'key' | 'params' | 'message' | 'problems'>): string {
  const p = error.params ?? {};
  const key: ProblemKey = error.key;
  switch (key) {
    case 'invalidMessage':
      return i18n.t('problem.invalidMessage');
    case 'internal':
      return i18n.t('problem.internal');
    case 'dealNotFound':
      return i18n.t('problem.dealNotFound');
    case 'followUpNotFound':
      return i18n.t('problem.followUpNotFound');
    case 'stageNotFound':
      return i18n.t('problem.stageNotFound');
    case 'cadenceNotFound':
      return i18n.t('problem.cadenceNotFound');
    case 'templateNotFound':
      return i18n.t('problem.templateNotFound');
    case 'catalogNotFound':
      return i18n.t('problem.catalogNotFound');
    case 'noOpenStage':
      return i18n.t('problem.noOpenStage');
    case 'noStageOfKind':
      return i18n.t('problem.noStageOfKind', [text(p.kind)]);
    case 'threadIdUnreadable':
      return i18n.t('problem.threadIdUnreadable');
    case 'emailInvalid':
      return i18n.t('problem.emailInvalid', [text(p.email)]);
    case 'valueInvalid':
      return i18n.t('problem.valueInvalid');
    case 'currencyInvalid':
      return i18n.t('problem.currencyInvalid');
    case 'seenCountInvalid':
      return i18n.t('problem.seenCountInvalid');
    case 'settingsInvalid':
      return settingText(text(p.field));
    case 'recordInvalid':
      return i18n.t('problem.recordInvalid');
    case 'defaultCadenceMissing':
      return i18n.t('problem.defaultCadenceMissing');
    case 'nextStepPast':
      return i18n.t('problem.nextStepPast');
    case 'nextStepTooFar':
      return i18n.t('problem.nextStepTooFar');
    case 'followUpPast':
      return i18n.t('problem.followUpPast');
    case 'snoozePast':
      return i18n.t('problem.snoozePast');
    case 'snoozeEarlier':
      return i18n.t('problem.snoozeEarlier');
    case 'followUpAlreadyDone':
      return i18n.t('problem.followUpAlreadyDone');
    case 'followUpAlreadySkipped':
      return i18n.t('problem.followUpAlreadySkipped');
    case 'followUpCancelled':
      return i18n.t('problem.followUpCancelled');
    case 'followUpPaused':
      return i18n.t('problem.followUpPaused');
    case 'dealAlreadyPaused':
      return i18n.t('problem.dealAlreadyPaused');
    case 'dealNotPausable':
      return i18n.t('problem.dealNotPausable');
    case 'dealNotPaused':
      return i18n.t('problem.dealNotPaused');
    case 'stageHasDeals':
      return i18n.t('problem.stageHasDeals', [text(p.count)]);
    case 'cadenceInUse':
      return i18n.t('problem.cadenceInUse');
    case 'importRefused': {
      const first = error.problems?.[0];
      return first
        ? i18n.t('problem.importRefused', [fileProblemText(first)])
        : i18n.t('problem.importFailed');
    }
    case 'pastDate':
      return i18n.t('problem.pastDate');
    case 'noWorkingDay':
      return i18n.t('problem.noWorkingDay');
    case 'invalidTime':
      return i18n.t('problem.invalidTime');
    case 'templateUnknownVariable':
      return i18n.t('problem.templateUnknownVariable');
    case 'replyNotCorrectable':
      return i18n.t('problem.replyNotCorrectable');
    case 'noteEmpty':
      return i18n.t('problem.noteEmpty');
    case 'dealNeedsSomeone':
      return i18n.t('problem.dealNeedsSomeone');
    case 'threadOnOtherDeal':
      return i18n.t('problem.threadOnOtherDeal');
    case 'threadNotOnDeal':
      return i18n.t('problem.threadNotOnDeal');
    case 'dealClosed':
      return p.status === 'won' ? i18n.t('problem.dealClosedWon') : i18n.t('problem.dealClosedLost');
  }
}

/** What is wrong with a setting (lib/model/schemas.ts settingsFieldsSchema), by its field. */
function settingText(field: string): string {
  switch (field) {
    case 'workingDays':
      return i18n.t('problem.setting.workingDays');
    case 'followUpTime':
      return i18n.t('problem.setting.followUpTime');
    case 'dayEndTime':
      return i18n.t('problem.setting.dayEndTime');
    case 'timeZone':
      return i18n.t('problem.setting.timeZone');
    case 'holidays':
      return i18n.t('problem.setting.holidays');
    case 'vacations':
      return i18n.t('problem.setting.vacations');
    case 'ownAddresses':
      return i18n.t('problem.setting.ownAddresses');
    case 'senderName':
      return i18n.t('problem.setting.senderName');
    case 'breakupWaitDays':
      return i18n.t('problem.setting.breakupWaitDays');
    case 'defaultCadenceId':
      return i18n.t('problem.defaultCadenceMissing');
    default:
      return i18n.t('problem.settingsInvalid');
  }
}

/** The name of a table of a Relance file, in the rep's words. */
export function fileTableText(table: string): string {
  switch (table) {
    case 'stages':
      return i18n.t('problem.table.stages');
    case 'cadences':
      return i18n.t('problem.table.cadences');
    case 'templates':
      return i18n.t('problem.table.templates');
    case 'deals':
      return i18n.t('problem.table.deals');
    case 'followUps':
      return i18n.t('problem.table.followUps');
    case 'events':
      return i18n.t('problem.table.events');
    case 'settings':
      return i18n.t('problem.table.settings');
    case 'meta':
      return i18n.t('problem.table.meta');
    default:
      return table;
  }
}

function envelopeFieldText(field: string): string {
  switch (field) {
    case 'format':
      return i18n.t('problem.file.fieldFormat');
    case 'formatVersion':
      return i18n.t('problem.file.fieldFormatVersion');
    case 'exportedAt':
      return i18n.t('problem.file.fieldExportedAt');
    case 'data':
      return i18n.t('problem.file.fieldData');
    default:
      return field;
  }
}

/** One thing wrong with an imported file, as a sentence naming what and where. */
export function fileProblemText(problem: Problem): string {
  const p = problem.params ?? {};
  const key: FileProblemKey | undefined = problem.key;
  switch (key) {
    case undefined:
      return problem.message;
    case 'fileTooLarge':
      return i18n.t('problem.file.tooLarge', [text(p.mb)]);
    case 'notJson':
      return i18n.t('problem.file.notJson');
    case 'notRelanceFile':
      return i18n.t('problem.file.notRelanceFile');
    case 'envelopeField':
      return i18n.t('problem.file.envelopeField', [envelopeFieldText(text(p.field))]);
    case 'wrongKind':
      return p.found === 'relance-backup'
        ? i18n.t('problem.file.isBackup')
        : p.found === 'relance-process'
          ? i18n.t('problem.file.isProcess')
          : i18n.t('problem.file.notRelanceFile');
    case 'newerVersion':
      return i18n.t('problem.file.newerVersion');
    case 'recordField':
      return i18n.t('problem.file.recordField', [fileTableText(text(p.table)), text(p.index), text(p.field)]);
    case 'tableInvalid':
      return i18n.t('problem.file.tableInvalid', [fileTableText(text(p.table))]);
    case 'duplicateId':
      return i18n.t('problem.file.duplicateId', [fileTableText(text(p.table)), text(p.index), text(p.id)]);
    case 'unknownReference':
      return i18n.t('problem.file.unknownReference', [
        fileTableText(text(p.table)),
        text(p.index),
        text(p.field),
        text(p.id),
      ]);
    case 'threadTwice':
      return i18n.t('problem.file.threadTwice', [text(p.index)]);
    case 'threadTaken':
      return i18n.t('problem.file.threadTaken', [text(p.subject)]);
    case 'dealStageMissing':
      return i18n.t('problem.file.dealStageMissing', [text(p.subject)]);
    case 'defaultCadenceMissing':
      return i18n.t('problem.file.defaultCadenceMissing');
  }
}
