export const errors = {
  notFoundTitle: 'Page not found',
  notFoundText: 'This page does not exist, or it is not available to your account.',
  forbiddenTitle: 'No access',
  forbiddenText: 'Your account may not open this page.',
  genericTitle: 'Something went wrong',
  genericText: 'Please try again in a minute. If it keeps happening, contact support.',
  statusCode: (status: number) => `Error ${status}`,
  backHome: 'Go to the home page',
};
