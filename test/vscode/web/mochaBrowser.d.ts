/** mocha's browser build (mocha/mocha.js): loaded, it sets globalThis.mocha. */
declare module 'mocha/mocha.js';
