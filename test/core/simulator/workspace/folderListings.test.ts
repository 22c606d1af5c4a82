// Folder listings kept between case-insensitive name lookups: a script making thousands of Drop
// directories must not list a folder of thousands of names for each, and yet a folder made by
// anyone else is found at once, whatever its case.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { namesLike, noteFolderMade } from '../../../../server/src/core/simulator/workspace/folderListings';
import { removeWorkspace, tempWorkspace } from '../workspaceFixture';

describe('folder listings for case-insensitive names', () => {
  let root: string;
  let drops: string;
  beforeEach(() => {
    root = tempWorkspace();
    drops = path.join(root, 'Drops');
    fs.mkdirSync(drops);
    // Large enough to be kept between lookups.
    for (let index = 0; index < 100; index++) fs.mkdirSync(path.join(drops, `Gateway${index}`));
  });
  afterEach(() => removeWorkspace(root));

  it('finds the names of any case, and none for a name not there', () => {
    assert.deepEqual(namesLike(drops, 'gateway7'), ['Gateway7']);
    assert.deepEqual(namesLike(drops, 'GATEWAY7'), ['Gateway7']);
    assert.deepEqual(namesLike(drops, 'gateway100'), []);
    assert.deepEqual(namesLike(path.join(root, 'missing'), 'x'), []);
  });

  it('sees a folder another process made right after the listing', () => {
    assert.deepEqual(namesLike(drops, 'partner'), []);
    fs.mkdirSync(path.join(drops, 'PARTNER'));
    assert.deepEqual(namesLike(drops, 'partner'), ['PARTNER']);
    fs.rmdirSync(path.join(drops, 'PARTNER'));
    assert.deepEqual(namesLike(drops, 'partner'), []);
  });

  it('takes the folders the simulator makes into the listing, unless another was made meanwhile', () => {
    assert.deepEqual(namesLike(drops, 'new'), []);
    fs.mkdirSync(path.join(drops, 'New'));
    noteFolderMade(path.join(drops, 'New'));
    assert.deepEqual(namesLike(drops, 'NEW'), ['New']);
    fs.mkdirSync(path.join(drops, 'Ours'));
    fs.mkdirSync(path.join(drops, 'theirs'));
    noteFolderMade(path.join(drops, 'Ours'));
    assert.deepEqual(namesLike(drops, 'THEIRS'), ['theirs'], 'two new folders where the simulator made one: listed again');
    assert.deepEqual(namesLike(drops, 'ours'), ['Ours']);
  });
});
