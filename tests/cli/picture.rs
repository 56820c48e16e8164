//! Pictures drawn by a real renderer: `rsvg-convert` (Debian's
//! librsvg2-bin; `.ci/run` installs it) turns an SVG into a PNG, which is
//! read back pixel by pixel. Shared by the wheel's and the roadmap's tests.

/// What the renderer drew.
pub struct Drawn {
    /// The PNG's size in pixels.
    pub width: u32,
    pub height: u32,
    /// The share of pixels that are not white.
    pub ink: f64,
    /// How many colours (in steps of 32 per channel) the ink has.
    pub colours: usize,
}

/// A number attribute of an SVG element.
pub fn number(node: roxmltree::Node<'_, '_>, name: &str) -> f64 {
    node.attribute(name).unwrap().parse().unwrap()
}

/// Renders `svg` to a PNG and reads it back, asserting that nothing is
/// drawn within 4 pixels of an edge (a label cut by the canvas).
pub fn rendered(svg: &str) -> Drawn {
    let dir = tempfile::tempdir().unwrap();
    let (input, output) = (dir.path().join("in.svg"), dir.path().join("out.png"));
    std::fs::write(&input, svg).unwrap();
    let status = std::process::Command::new("rsvg-convert")
        .arg("-o")
        .arg(&output)
        .arg(&input)
        .status()
        .expect("rsvg-convert runs (apt-get install librsvg2-bin; .ci/run does)");
    assert!(status.success());
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(&output).unwrap(),
    ));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let pixel = |x: u32, y: u32| {
        let at = (y as usize * info.width as usize + x as usize) * channels;
        &buf[at..at + 3]
    };
    let white = |p: &[u8]| p.iter().all(|&c| c > 245);
    let mut inked = 0usize;
    let mut colours = std::collections::BTreeSet::new();
    for y in 0..info.height {
        for x in 0..info.width {
            let p = pixel(x, y);
            if !white(p) {
                inked += 1;
                colours.insert((p[0] / 32, p[1] / 32, p[2] / 32));
            }
            let edge = x < 4 || y < 4 || x >= info.width - 4 || y >= info.height - 4;
            assert!(!edge || white(p), "something drawn at the edge, {x},{y}");
        }
    }
    Drawn {
        width: info.width,
        height: info.height,
        ink: inked as f64 / f64::from(info.width * info.height),
        colours: colours.len(),
    }
}
