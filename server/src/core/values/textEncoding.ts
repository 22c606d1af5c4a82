// How a script or an export file's bytes become text, as PowerShell reads them: a byte-order mark
// decides (UTF-8, UTF-16LE, which Windows PowerShell ISE, Notepad and `Export-Clixml` write, or
// UTF-16BE) and is dropped; without one the bytes are UTF-8, as PowerShell 7 reads them. Every
// reader of a file the user wrote calls this, so the CLI, the language server and the simulator
// see the same text.

export function decodeText(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.subarray(3).toString('utf8');
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.subarray(2).toString('utf16le');
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    const swapped = Buffer.from(buffer.subarray(2));
    // An odd trailing byte cannot be half of a UTF-16 unit; it is dropped rather than misread.
    const even = swapped.subarray(0, swapped.length - (swapped.length % 2));
    even.swap16();
    return even.toString('utf16le');
  }
  return buffer.toString('utf8');
}
