// The database the integration tests' global setup migrates once and each test file clones (setup-file.ts).
export const TEMPLATE_DATABASE = 'newskb_test_template';
