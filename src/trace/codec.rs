//! A small binary encoding for the history cache: little-endian integers,
//! length-prefixed strings and raw object ids. Reading checks every length,
//! so a truncated or foreign file is an error, never a panic; the caller
//! then reads history afresh.

use crate::git::ObjectId;

/// Appends values to a byte buffer.
#[derive(Default)]
pub struct Writer {
    /// The bytes written so far.
    pub buf: Vec<u8>,
    /// The strings written with [`Writer::shared`], by their number.
    shared: std::collections::HashMap<String, u32>,
}

impl Writer {
    /// A `u8`.
    pub fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }
    /// A `u32`.
    pub fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    /// A length, as `u32`.
    pub fn count(&mut self, v: usize) {
        self.u32(u32::try_from(v).unwrap_or(u32::MAX));
    }
    /// An `i64`.
    pub fn i64(&mut self, v: i64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    /// A `u64`.
    pub fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    /// An object id.
    pub fn oid(&mut self, v: &ObjectId) {
        self.buf.extend_from_slice(&v.0);
    }
    /// An optional object id.
    pub fn opt_oid(&mut self, v: Option<&ObjectId>) {
        match v {
            Some(o) => {
                self.u8(1);
                self.oid(o);
            }
            None => self.u8(0),
        }
    }
    /// A string.
    pub fn str(&mut self, v: &str) {
        self.count(v.len());
        self.buf.extend_from_slice(v.as_bytes());
    }
    /// An optional string.
    pub fn opt_str(&mut self, v: Option<&str>) {
        match v {
            Some(s) => {
                self.u8(1);
                self.str(s);
            }
            None => self.u8(0),
        }
    }
    /// A string that recurs (an author's name or e-mail address): written
    /// out the first time, then by its number, so the file holds it once
    /// and a reader makes it once.
    pub fn shared(&mut self, v: &str) {
        match self.shared.get(v) {
            Some(&n) => self.u32(n + 1),
            None => {
                self.u32(0);
                self.str(v);
                let n = u32::try_from(self.shared.len()).unwrap_or(u32::MAX);
                self.shared.insert(v.to_string(), n);
            }
        }
    }
    /// An optional [`Writer::shared`] string.
    pub fn opt_shared(&mut self, v: Option<&str>) {
        match v {
            Some(s) => {
                self.u8(1);
                self.shared(s);
            }
            None => self.u8(0),
        }
    }
    /// A list of strings.
    pub fn strs(&mut self, v: &[String]) {
        self.count(v.len());
        for s in v {
            self.str(s);
        }
    }
}

/// The encoding ended early or holds a value that cannot be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Corrupt;

/// Reads values back in the order they were written.
pub struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    /// The strings read with [`Reader::shared`], by their number.
    shared: Vec<std::sync::Arc<str>>,
}

impl<'a> Reader<'a> {
    /// Reads from `bytes`.
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader {
            bytes,
            pos: 0,
            shared: Vec::new(),
        }
    }
    /// True when every byte was read.
    pub fn at_end(&self) -> bool {
        self.pos == self.bytes.len()
    }
    /// How many bytes were read.
    pub fn position(&self) -> usize {
        self.pos
    }
    /// The next `n` bytes.
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], Corrupt> {
        let end = self.pos.checked_add(n).ok_or(Corrupt)?;
        let s = self.bytes.get(self.pos..end).ok_or(Corrupt)?;
        self.pos = end;
        Ok(s)
    }
    /// A `u8`.
    pub fn u8(&mut self) -> Result<u8, Corrupt> {
        Ok(self.take(1)?[0])
    }
    /// A `u32`.
    pub fn u32(&mut self) -> Result<u32, Corrupt> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().map_err(|_| Corrupt)?,
        ))
    }
    /// A length, checked against what is left so a bad one cannot make a
    /// huge allocation.
    pub fn count(&mut self) -> Result<usize, Corrupt> {
        let n = self.u32()? as usize;
        if n > self.bytes.len() - self.pos {
            return Err(Corrupt);
        }
        Ok(n)
    }
    /// An `i64`.
    pub fn i64(&mut self) -> Result<i64, Corrupt> {
        Ok(i64::from_le_bytes(
            self.take(8)?.try_into().map_err(|_| Corrupt)?,
        ))
    }
    /// A `u64`.
    pub fn u64(&mut self) -> Result<u64, Corrupt> {
        Ok(u64::from_le_bytes(
            self.take(8)?.try_into().map_err(|_| Corrupt)?,
        ))
    }
    /// An object id.
    pub fn oid(&mut self) -> Result<ObjectId, Corrupt> {
        Ok(ObjectId(self.take(20)?.try_into().map_err(|_| Corrupt)?))
    }
    /// An optional object id.
    pub fn opt_oid(&mut self) -> Result<Option<ObjectId>, Corrupt> {
        match self.u8()? {
            0 => Ok(None),
            1 => Ok(Some(self.oid()?)),
            _ => Err(Corrupt),
        }
    }
    /// A string.
    pub fn str(&mut self) -> Result<String, Corrupt> {
        let n = self.count()?;
        String::from_utf8(self.take(n)?.to_vec()).map_err(|_| Corrupt)
    }
    /// A string written with [`Writer::shared`].
    pub fn shared(&mut self) -> Result<std::sync::Arc<str>, Corrupt> {
        match self.u32()? {
            0 => {
                let n = self.count()?;
                let s: std::sync::Arc<str> = std::str::from_utf8(self.take(n)?)
                    .map_err(|_| Corrupt)?
                    .into();
                self.shared.push(std::sync::Arc::clone(&s));
                Ok(s)
            }
            n => self.shared.get(n as usize - 1).cloned().ok_or(Corrupt),
        }
    }
    /// An optional [`Reader::shared`] string.
    pub fn opt_shared(&mut self) -> Result<Option<std::sync::Arc<str>>, Corrupt> {
        match self.u8()? {
            0 => Ok(None),
            1 => Ok(Some(self.shared()?)),
            _ => Err(Corrupt),
        }
    }
    /// A short string (a record ID), held in place.
    pub fn text<const N: usize>(&mut self) -> Result<crate::trace::text::Text<N>, Corrupt> {
        let n = self.count()?;
        std::str::from_utf8(self.take(n)?)
            .map(crate::trace::text::Text::new)
            .map_err(|_| Corrupt)
    }
    /// An optional string.
    pub fn opt_str(&mut self) -> Result<Option<String>, Corrupt> {
        match self.u8()? {
            0 => Ok(None),
            1 => Ok(Some(self.str()?)),
            _ => Err(Corrupt),
        }
    }
    /// A list of strings.
    pub fn strs(&mut self) -> Result<Vec<String>, Corrupt> {
        let n = self.count()?;
        (0..n).map(|_| self.str()).collect()
    }
}

/// FNV-1a, 64 bits: a hash that stays the same across Rust versions, for
/// cache keys and configuration fingerprints.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_and_truncation_is_caught() {
        let mut w = Writer::default();
        w.u8(7);
        w.str("Sønderborg");
        w.opt_str(None);
        w.opt_oid(Some(&ObjectId([3; 20])));
        w.i64(-5);
        w.strs(&["a".into(), "b".into()]);
        let (moos, aarhus): (std::sync::Arc<str>, std::sync::Arc<str>) =
            ("Agnete Moos".into(), "jens@aarhus.dk".into());
        for s in [&moos, &aarhus, &moos, &moos] {
            w.shared(s.as_ref());
        }
        let mut r = Reader::new(&w.buf);
        assert_eq!(r.u8(), Ok(7));
        assert_eq!(r.str().as_deref(), Ok("Sønderborg"));
        assert_eq!(r.opt_str(), Ok(None));
        assert_eq!(r.opt_oid(), Ok(Some(ObjectId([3; 20]))));
        assert_eq!(r.i64(), Ok(-5));
        assert_eq!(r.strs(), Ok(vec!["a".to_string(), "b".to_string()]));
        for want in [&moos, &aarhus, &moos, &moos] {
            assert_eq!(r.shared().as_ref(), Ok(want));
        }
        assert!(r.at_end());
        // A number no string was written under is damage.
        let mut r = Reader::new(&[7, 0, 0, 0]);
        assert_eq!(r.shared(), Err(Corrupt));
        let cut = &w.buf[..w.buf.len() - 1];
        let mut r = Reader::new(cut);
        let _ = (r.u8(), r.str(), r.opt_str(), r.opt_oid(), r.i64(), r.strs());
        let _ = (r.shared(), r.shared(), r.shared());
        assert_eq!(r.shared(), Err(Corrupt));
    }
}
