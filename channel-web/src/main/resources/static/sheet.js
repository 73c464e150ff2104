'use strict';
// The print button of the welcome sheet (no inline script: the page's security policy forbids it).
document.getElementById('print').addEventListener('click', () => window.print());
