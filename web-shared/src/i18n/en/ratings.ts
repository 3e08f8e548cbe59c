import { plural } from './plural.js';

const oneDecimal = (value: number) =>
  value.toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const reviews = (count: number) => `${count} ${plural(count, { one: 'review', other: 'reviews' })}`;

/** Ratings of completed visits: the summary on doctor and clinic cards, the member's form, moderation. */
export const ratings = {
  /** "★ 4.7 · 23 reviews", as shown. */
  summary: (average: number, count: number) => `★ ${oneDecimal(average)} · ${reviews(count)}`,
  /** The same, as a screen reader says it. */
  summaryLabel: (average: number, count: number) =>
    `Rated ${oneDecimal(average)} out of 5 from ${reviews(count)}`,
  noReviews: 'No reviews yet',
  stars: (count: number) => `${count} ${plural(count, { one: 'star', other: 'stars' })} out of 5`,
  form: {
    title: 'Rate this visit',
    intro: 'Your rating helps other members choose a doctor and a clinic. It cannot be changed once sent.',
    doctor: (name: string) => `The doctor: ${name}`,
    clinic: (name: string) => `The clinic: ${name}`,
    comment: 'Comment (optional)',
    commentHint:
      'Up to 1000 characters of plain text. Other members see it with your first name and initial only.',
    submit: 'Send rating',
    chooseStars: 'Choose from 1 to 5 stars for the doctor.',
  },
  given: {
    thanks: 'Thank you for your rating!',
    title: 'Your rating',
    doctor: 'Doctor',
    clinic: 'Clinic',
    comment: 'Comment',
    hidden: 'Your comment was hidden by a moderator and is not shown to other members.',
  },
  reviews: {
    title: 'Reviews',
    empty: 'No reviews yet.',
  },
  moderation: {
    nav: 'Reviews',
    title: 'Review moderation',
    lead: 'Recent comments on doctors and clinics, newest first. Hide abusive ones: the text is then never shown to members, the stars still count. Every hiding is recorded in the audit log.',
    show: 'Show',
    filter: { all: 'All comments', visible: 'Shown', hidden: 'Hidden' },
    apply: 'Show',
    empty: 'No comments.',
    author: 'From',
    doctor: 'Doctor',
    clinic: 'Clinic',
    stars: 'Stars',
    date: 'Date',
    comment: 'Comment',
    reason: 'Reason for hiding',
    hide: 'Hide comment',
    hiddenOn: (date: string, reason: string) => `Hidden ${date}: ${reason}`,
    hiddenNotice: 'The comment is hidden.',
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
    previous: 'Previous',
    next: 'Next',
  },
};
