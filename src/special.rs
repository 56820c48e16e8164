//! What a path is when it is not a regular file: a leaf, so the file
//! system helpers (`fsutil`), the record walk and the typed errors can all
//! name it without importing each other.

use serde::Serialize;
use std::fs::FileType;

/// What a path is when it is not a regular file or a folder: named in
/// findings and messages so people know what they are looking at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Special {
    /// A named pipe (`mkfifo`): reading it waits for a writer.
    Fifo,
    /// A Unix domain socket.
    Socket,
    /// A block device.
    BlockDevice,
    /// A character device (`/dev/zero` never ends).
    CharDevice,
    /// A folder where a file was expected.
    Folder,
    /// Anything else the platform has.
    Other,
}

impl Special {
    /// What a file type is, or `None` for a regular file. Symbolic links
    /// are the caller's business: pass the type of what a link points at.
    pub fn of(file_type: &FileType) -> Option<Special> {
        if file_type.is_file() {
            return None;
        }
        if file_type.is_dir() {
            return Some(Special::Folder);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if file_type.is_fifo() {
                return Some(Special::Fifo);
            }
            if file_type.is_socket() {
                return Some(Special::Socket);
            }
            if file_type.is_block_device() {
                return Some(Special::BlockDevice);
            }
            if file_type.is_char_device() {
                return Some(Special::CharDevice);
            }
        }
        Some(Special::Other)
    }

    /// Its name in the catalogue, as in "a FIFO".
    pub fn words(self) -> crate::i18n::FindingMsg {
        use crate::i18n::FindingMsg as F;
        match self {
            Special::Fifo => F::Fifo,
            Special::Socket => F::Socket,
            Special::BlockDevice => F::BlockDevice,
            Special::CharDevice => F::CharDevice,
            Special::Folder => F::Folder,
            Special::Other => F::NotRegular,
        }
    }
}
