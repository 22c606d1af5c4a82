import * as assert from 'node:assert/strict';
import { JsonSyntaxError, parseJsonDocument, type JsonPosition } from '../../../../server/src/core/simulator/organization/jsonDocument';

function syntaxError(text: string): { message: string; position: JsonPosition } {
  try {
    parseJsonDocument(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { message: error.message, position: error.position };
    throw error;
  }
  assert.fail(`${JSON.stringify(text)} parsed`);
}

describe('exconn.json read as JSON', () => {
  it('names the line and column of every key and value, after a byte-order mark and across CRLF line ends', () => {
    const document = parseJsonDocument('\ufeff{\r\n  "servers": [\r\n    "Hub01"\r\n  ]\r\n}');
    const property = document.root.children?.[0];
    const [key, value] = property?.children ?? [];
    assert.ok(key && value);
    assert.deepEqual(document.positionOf(key), { line: 2, column: 3 });
    assert.deepEqual(document.positionOf(value), { line: 2, column: 14 });
    assert.deepEqual(document.positionOf(value.children?.[0] ?? value), { line: 3, column: 5 });
  });

  it('refuses comments, which JSON does not have, saying what was expected there', () => {
    assert.deepEqual(syntaxError('{\n  "throttling": true // off while testing\n}'), {
      message: 'Expected \',\' or \'}\' after the value of "throttling" but found \'/\'',
      position: { line: 2, column: 22 },
    });
    assert.deepEqual(syntaxError('/* settings */ {}'), {
      message: 'Expected a value (a string in double quotes, a number, true, false, null, an object or an array) but found \'/\'',
      position: { line: 1, column: 1 },
    });
    assert.equal(syntaxError('{ "servers": ["Hub01" /* main */] }').message, 'Expected \',\' or \']\' in the array but found \'/\'');
  });

  it('refuses a comma before a closing brace', () => {
    assert.deepEqual(syntaxError('{\n  "servers": [{ "name": "Hub01", }]\n}'), {
      message: 'Expected a property name in double quotes but found \'}\' (JSON allows no comma before a closing brace)',
      position: { line: 2, column: 34 },
    });
  });

  it('says what is missing where the text ends early or goes on after the value', () => {
    assert.deepEqual(syntaxError('{ "clock": null'), { message: 'Expected \',\' or \'}\' after the value of "clock" but found the end of the file', position: { line: 1, column: 16 } });
    assert.equal(syntaxError('{ "clock" null }').message, 'Expected \':\' after the property name "clock" but found \'n\'');
    assert.equal(syntaxError('{}\n}').message, 'Unexpected \'}\' after the end of the JSON value');
    assert.equal(syntaxError('{ "throttling": 1. }').message, 'Expected \',\' or \'}\' after the value of "throttling" but found \'.\'');
    assert.equal(syntaxError('{ "organizationName": "Contoso\n" }').message, 'The string has no closing double quote on its line');
  });
});
