// Words for the model's enumerations, through the i18n catalog. Written out case by case so that
// every key is checked by the type of `i18n.t` (Chrome message names allow no '-').
import { i18n } from '#i18n';
import type { Channel, TemplateKind } from './model';

export function channelLabel(channel: Channel): string {
  switch (channel) {
    case 'email':
      return i18n.t('channel.email');
    case 'phone':
      return i18n.t('channel.phone');
    case 'letter':
      return i18n.t('channel.letter');
    case 'visit':
      return i18n.t('channel.visit');
    case 'in-person':
      return i18n.t('channel.inPerson');
    case 'video-call':
      return i18n.t('channel.videoCall');
    case 'social':
      return i18n.t('channel.social');
  }
}

export function templateKindLabel(kind: TemplateKind): string {
  switch (kind) {
    case 'relance':
      return i18n.t('templateKind.relance');
    case 'good-news':
      return i18n.t('templateKind.goodNews');
    case 'breakup':
      return i18n.t('templateKind.breakup');
    case 'next-step':
      return i18n.t('templateKind.nextStep');
    case 'custom':
      return i18n.t('templateKind.custom');
  }
}
