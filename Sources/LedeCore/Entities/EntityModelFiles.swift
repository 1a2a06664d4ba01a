import Foundation

extension EntityExtractor {
    /// Whether the tagger's model file is where the extractor will look, without loading it:
    /// the reader checks at start, and loading the model would delay its first paint.
    public static var modelFileFound: Bool {
        EntityModels.resourceFolders().contains { folder in
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(EntityModelBuilder.taggerFile).path)
        }
    }
}
