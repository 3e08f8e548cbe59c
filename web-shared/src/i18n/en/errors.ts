export const errors = {
  notFoundTitle: 'Page not found',
  notFoundText: 'This page does not exist, or it is not available to your account.',
  forbiddenTitle: 'No access',
  forbiddenText: 'Your account may not open this page.',
  genericTitle: 'Something went wrong',
  genericText: 'Please try again in a minute. If it keeps happening, contact support.',
  restoringTitle: 'The service is restoring',
  restoringText:
    'We are reconnecting to our storage; it usually takes a few seconds. Your data is safe, and what you saved before stays saved. Please try again shortly.',
  stillProcessing:
    'We are still processing your request, please do not send it again. It will appear in your account in a minute.',
  statusCode: (status: number) => `Error ${status}`,
  backHome: 'Go to the home page',
};
